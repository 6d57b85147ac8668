# What keeps the three builds of ./dev test short on a 2-core machine (README, "CI time").
# The sanitizer build stays at Debug's -O0 for the same reason.

# gold links the executables with debug information in about a third of ld.bfd's time. The
# fuzz build keeps the default linker: gold warns about every symbol of clang's sanitizers.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold STREAMBOARD_LINKER_GOLD)
if(STREAMBOARD_LINKER_GOLD AND NOT STREAMBOARD_FUZZ)
  add_link_options(-fuse-ld=gold)
endif()

# The libraries compile as unity batches: headers and inline templates once per batch, not once
# per file. Helpers in anonymous namespaces must therefore have names unique in their library.
function(streamboard_unity_build target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
endfunction()

# The optimised build and the sanitizer build keep line tables only (-g1): backtraces and
# sanitizer reports still name function, file and line; the optimised files compile a quarter
# faster, the sanitizer build a tenth. A plain Debug build keeps full information for debuggers.
set(streamboard_line_tables_only RELWITHDEBINFO)
if(STREAMBOARD_SANITIZE)
  list(APPEND streamboard_line_tables_only DEBUG)
endif()
foreach(config IN LISTS streamboard_line_tables_only)
  string(REGEX REPLACE "(^| )-g( |$)" "\\1-g1\\2" CMAKE_CXX_FLAGS_${config}
         "${CMAKE_CXX_FLAGS_${config}}")
endforeach()
