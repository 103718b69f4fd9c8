# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged tree before it is packed: removes the
# .comment and .note sections that a plain strip leaves in the programs.
file(GLOB_RECURSE wk_programs "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
if(NOT wk_programs)
    message(FATAL_ERROR "no programs staged under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(program ${wk_programs})
    execute_process(COMMAND strip --remove-section=.comment --remove-section=.note "${program}"
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${program}")
    endif()
endforeach()
