# cmake -DVERSION=x.y.z -DMETAINFO=<file> -DCHANGELOG=<file> -P check_release_metadata.cmake
# Fails unless the AppStream metainfo has a <release> for VERSION and the newest
# debian/changelog entry is VERSION (optionally with a Debian revision).

foreach(_var IN ITEMS VERSION METAINFO CHANGELOG)
    if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
        message(FATAL_ERROR "check_release_metadata: ${_var} is not set")
    endif()
endforeach()

string(REPLACE "." "\\." _version_re "${VERSION}")

file(READ "${METAINFO}" _metainfo)
if(NOT _metainfo MATCHES "<release[^>]*version=\"${_version_re}\"")
    message(FATAL_ERROR "${METAINFO}: no <release version=\"${VERSION}\"> entry")
endif()

file(STRINGS "${CHANGELOG}" _first_line LIMIT_COUNT 1)
if(NOT _first_line MATCHES "^[a-z0-9][a-z0-9.+-]* \\(([^)]+)\\)")
    message(FATAL_ERROR "${CHANGELOG}: first line is not a changelog entry: ${_first_line}")
endif()
set(_changelog_version "${CMAKE_MATCH_1}")
if(NOT _changelog_version MATCHES "^${_version_re}(-[A-Za-z0-9.+~]+)?$")
    message(FATAL_ERROR "${CHANGELOG}: newest entry is ${_changelog_version}, project version is ${VERSION}")
endif()

message(STATUS "release metadata matches ${VERSION}")
