# Builds both .deb packages into a scratch directory and checks what they hold.
#   cmake -DBINARY_DIR=... -DOUT_DIR=... -P check_debs.cmake
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" --config "${BINARY_DIR}/CPackConfig.cmake"
                WORKING_DIRECTORY "${BINARY_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed: ${rc}")
endif()
foreach(pair "gatehouse:usr/bin/gatehouse" "gatehouse:usr/share/applications/io.gatehouse.Gatehouse.desktop"
             "gatehoused:usr/bin/gatehoused" "gatehoused:usr/lib/systemd/system/gatehoused.service")
  string(REPLACE ":" ";" parts "${pair}")
  list(GET parts 0 package)
  list(GET parts 1 path)
  file(GLOB deb "${OUT_DIR}/${package}_*.deb")
  if(NOT deb)
    message(FATAL_ERROR "no ${package} package was built")
  endif()
  execute_process(COMMAND dpkg-deb -c "${deb}" OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
  string(FIND "${listing}" "./${path}" found)
  if(NOT rc EQUAL 0 OR found EQUAL -1)
    message(FATAL_ERROR "${package} does not contain /${path}")
  endif()
endforeach()
message(STATUS "both packages built and hold their files")
