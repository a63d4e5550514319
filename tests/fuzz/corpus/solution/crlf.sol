Route 1 : 3 1
Route 2 : 2 4
