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
