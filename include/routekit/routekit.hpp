#pragma once
// Everything a program embedding Routekit needs: build or read an instance, solve it, check and write the result.
#include "routekit/io/read_instance.hpp"
#include "routekit/io/solution_io.hpp"
#include "routekit/layout/embedding.hpp"
#include "routekit/model/checker.hpp"
#include "routekit/model/error.hpp"
#include "routekit/model/instance.hpp"
#include "routekit/model/instance_builder.hpp"
#include "routekit/model/random.hpp"
#include "routekit/model/solution.hpp"
#include "routekit/solver/solve.hpp"
