# Compile settings every Streamboard target shares.
add_library(streamboard_settings INTERFACE)
target_compile_options(streamboard_settings INTERFACE -Wall -Wextra -Wpedantic)
if(STREAMBOARD_WERROR)
  target_compile_options(streamboard_settings INTERFACE -Werror)
endif()
target_compile_definitions(streamboard_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_FOREACH QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(STREAMBOARD_SANITIZE)
  target_compile_options(streamboard_settings INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(streamboard_settings INTERFACE -fsanitize=address,undefined)
endif()
if(STREAMBOARD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "STREAMBOARD_FUZZ needs clang (libFuzzer); use the preset \"fuzz\"")
  endif()
  # Coverage for libFuzzer and both sanitizers in every library; the fuzz targets add the
  # fuzzer's own main (tests/fuzz/CMakeLists.txt).
  target_compile_options(streamboard_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  target_link_options(streamboard_settings INTERFACE -fsanitize=address,undefined)
endif()
