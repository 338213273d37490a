# Project-wide compile settings live on one INTERFACE target that every
# library, executable and test links, instead of in CMAKE_CXX_FLAGS.
add_library(gatehouse_settings INTERFACE)
add_library(Gatehouse::settings ALIAS gatehouse_settings)

target_compile_options(gatehouse_settings INTERFACE -Wall -Wextra -Wpedantic)
if(GATEHOUSE_WERROR)
  target_compile_options(gatehouse_settings INTERFACE -Werror)
endif()

target_compile_definitions(gatehouse_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(GATEHOUSE_SANITIZE)
  target_compile_options(gatehouse_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(gatehouse_settings INTERFACE -fsanitize=address,undefined)
endif()

# Hardened binaries, as Debian builds them.
target_link_options(gatehouse_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
