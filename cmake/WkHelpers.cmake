# wk_add_library(NAME SOURCES ... LIBS ... [PCH header...])
# One static library per models/ folder; LIBS are its allowed dependencies, which is how the
# one-way arrows between folders are enforced by the linker rather than by convention.
function(wk_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;PCH" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    if(ARG_PCH)
        target_precompile_headers(${name} PRIVATE ${ARG_PCH})
    endif()
endfunction()

# wk_add_test(NAME SOURCES ... LIBS ... [GUI] [LABELS ...] [ENV ...])
# One Qt Test executable per unit, registered with ctest. GUI tests run offscreen.
function(wk_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    # While several people add tests at once, a tree may name a file that is not written yet;
    # WK_SKIP_INCOMPLETE_TESTS (off by default, never in CI) leaves such a test out loudly.
    if(WK_SKIP_INCOMPLETE_TESTS)
        foreach(src ${ARG_SOURCES})
            if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${src})
                message(WARNING "${name}: ${src} does not exist yet; test left out")
                return()
            endif()
        endforeach()
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_compile_definitions(${name} PRIVATE
        WK_SHARED_DIR="${WK_SHARED_DIR}"
        WK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        WK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" ${ARG_ENV})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 120)
    endif()
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
