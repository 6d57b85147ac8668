// The library every test links: it carries the tests' precompiled header and their paths.
#include "test_paths.h"
