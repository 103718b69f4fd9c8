# wk_app: the wiring of a running console (session, demo backfill, wall displays), so tests can
# start the same session and wall the program starts.
add_library(wk_app STATIC
    session.cpp session.h
    walldisplay.cpp walldisplay.h
    firstrun.cpp firstrun.h
    firstrunpage.cpp firstrunpage.h
    firstruntester.cpp firstruntester.h
    singleinstance.cpp singleinstance.h
    settingswindow.cpp settingswindow.h
    settingstargetspage.cpp settingstargetspage.h
    settingschannelspage.cpp settingschannelspage.h
    settingsuserpage.cpp settingsuserpage.h
    settingsappearancepage.cpp settingsappearancepage.h
    settingsthemepreview.cpp settingsthemepreview.h
    translation.cpp translation.h
    mainwindow.cpp mainwindow.h
)
target_link_libraries(wk_app PUBLIC wk_models wk_sim wk_widgets)
target_include_directories(wk_app PUBLIC ${PROJECT_SOURCE_DIR})
set_target_properties(wk_app PROPERTIES AUTOMOC ON)
# The guide's rules, used when the workspace names none.
qt_add_resources(wk_app "builtin_rules"
    PREFIX "/rules"
    BASE "${PROJECT_SOURCE_DIR}/resources/rules"
    FILES ${PROJECT_SOURCE_DIR}/resources/rules/service.rules.yml
)

# The translations (translations/update.sh keeps them up to date with the sources), compiled by
# lrelease and embedded at :/i18n/watchkeeper_<code>.qm.
set(wk_ts_files
    ${PROJECT_SOURCE_DIR}/translations/watchkeeper_de.ts
    ${PROJECT_SOURCE_DIR}/translations/watchkeeper_es.ts
    ${PROJECT_SOURCE_DIR}/translations/watchkeeper_en.ts
)
qt_add_lrelease(wk_app TS_FILES ${wk_ts_files} QM_FILES_OUTPUT_VARIABLE wk_qm_files)
qt_add_resources(wk_app "translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${wk_qm_files}
)

add_executable(watchkeeper
    main.cpp
    cli.cpp cli.h
    reportcommand.cpp reportcommand.h
    screenshot.cpp screenshot.h
)
target_link_libraries(watchkeeper PRIVATE wk_app wk_widgets)
target_include_directories(watchkeeper PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
set_target_properties(watchkeeper PROPERTIES AUTOMOC ON)
install(TARGETS watchkeeper RUNTIME DESTINATION bin)
