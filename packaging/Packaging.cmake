# What `cmake --install` puts under the prefix besides the programs (their install(TARGETS)
# rules are next to them in app/), and the packages CPack makes of it: a .deb for Debian 12
# and a .tar.gz with the same tree. `./wk package` runs cpack in the build folder; the
# packages land in <build>/packages.

include(GNUInstallDirs)

set(WK_APPSTREAM_ID "org.watchkeeper.Watchkeeper"
    CACHE STRING "AppStream component id (reverse domain name)")
set(WK_PACKAGE_MAINTAINER
    "Watchkeeper maintainers <maintainers@users.noreply.r-seed-81dccefd.example>"
    CACHE STRING "Maintainer of the Debian package, \"Name <address>\"")
set(WK_DEB_RELEASE 1)
set(WK_DEB_VERSION "${PROJECT_VERSION}-${WK_DEB_RELEASE}")

set(wk_pkg_src "${CMAKE_CURRENT_LIST_DIR}")
set(wk_pkg_bin "${PROJECT_BINARY_DIR}/packaging")
set(wk_icons "${PROJECT_SOURCE_DIR}/resources/icons")
set(wk_icon_sizes 16 22 24 32 48 64 128 256)

# Generated files: the metainfo, copyright and changelog take the version and maintainer;
# the changelog and the man pages are compressed without a timestamp (gzip -n) so that the
# package is the same from one build to the next.
configure_file("${wk_pkg_src}/watchkeeper.metainfo.xml.in"
               "${wk_pkg_bin}/${WK_APPSTREAM_ID}.metainfo.xml" @ONLY)
configure_file("${wk_pkg_src}/copyright" "${wk_pkg_bin}/copyright" @ONLY)
configure_file("${wk_pkg_src}/changelog.Debian" "${wk_pkg_bin}/changelog.Debian" @ONLY)

find_program(WK_GZIP gzip REQUIRED)
set(wk_gzipped)
foreach(page watchkeeper.1 watchkeeper-sim.1)
    add_custom_command(
        OUTPUT "${wk_pkg_bin}/${page}.gz"
        COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/docs/man/${page}"
                "${wk_pkg_bin}/${page}"
        COMMAND ${WK_GZIP} -9nf "${wk_pkg_bin}/${page}"
        DEPENDS "${PROJECT_SOURCE_DIR}/docs/man/${page}"
        COMMENT "Compressing man page ${page}")
    list(APPEND wk_gzipped "${wk_pkg_bin}/${page}.gz")
endforeach()
add_custom_command(
    OUTPUT "${wk_pkg_bin}/changelog.Debian.gz"
    COMMAND ${WK_GZIP} -9nkf "${wk_pkg_bin}/changelog.Debian"
    DEPENDS "${wk_pkg_bin}/changelog.Debian"
    COMMENT "Compressing changelog.Debian")
list(APPEND wk_gzipped "${wk_pkg_bin}/changelog.Debian.gz")
add_custom_target(wk_package_files ALL DEPENDS ${wk_gzipped})

# Desktop integration.
install(FILES "${wk_pkg_src}/watchkeeper.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${wk_pkg_bin}/${WK_APPSTREAM_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${wk_icons}/watchkeeper.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size ${wk_icon_sizes})
    install(FILES "${wk_icons}/hicolor/${size}x${size}/watchkeeper.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Manual pages.
install(FILES "${wk_pkg_bin}/watchkeeper.1.gz" "${wk_pkg_bin}/watchkeeper-sim.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# Data to read and start from: the default rules and dashboards (the program has its own
# copies built in) and an example workspace.
install(FILES "${PROJECT_SOURCE_DIR}/resources/rules/service.rules.yml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/watchkeeper/rules")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/dashboards/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/watchkeeper/dashboards"
        FILES_MATCHING PATTERN "*.json")
install(FILES "${wk_pkg_src}/examples/workspace.yml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/watchkeeper/examples")

# Debian's documentation files, and what lintian is told about the package.
install(FILES "${wk_pkg_bin}/copyright" "${wk_pkg_bin}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/watchkeeper")
install(FILES "${wk_pkg_src}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME watchkeeper)

# The installed programs resolve every symbol at start, so the whole GOT can be read-only
# (Debian's "bindnow" hardening; relro is the toolchain's default).
# They find their libraries in the system's folders: no run path (qt_standard_project_setup
# would give them $ORIGIN/../lib, which Debian's policy does not want).
foreach(program watchkeeper watchkeeper-sim)
    if(TARGET ${program})
        target_link_options(${program} PRIVATE "LINKER:-z,now")
        set_target_properties(${program} PROPERTIES INSTALL_RPATH "")
    endif()
endforeach()

# Packages.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "watchkeeper")
set(CPACK_PACKAGE_VENDOR "The Watchkeeper developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${WK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for service health, metrics and alerts")
set(CPACK_PACKAGE_FILE_NAME "watchkeeper-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
# After CPack's strip: drop the compiler's .comment and .note sections as dh_strip does.
set(CPACK_PRE_BUILD_SCRIPTS "${wk_pkg_src}/StripSections.cmake")
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${WK_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the summary on the Description line and this below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Watchkeeper polls a web service's health and metrics endpoints, keeps a
compressed history (SQLite or PostgreSQL), evaluates Prometheus alerting
rules and PromQL over it, and shows executive, engineering, business and
operations dashboards with live charts, alerts and an incident board.

It runs on an engineer's desktop, fullscreen on a NOC wall, or headless to
write PDF reports and screenshots. A built-in simulated service
(watchkeeper --demo, or watchkeeper-sim on its own) lets it be tried
without connecting to anything.")
# Libraries are found by dpkg-shlibdeps; what Qt loads at run time is not: the SQL drivers
# (SQLite for the built-in history, PostgreSQL for a shared incident board). The platform
# plugins (xcb, offscreen) and the TLS backend come with libqt6gui6 and libqt6network6;
# verifying https targets needs the system's CA certificates; Qt's own translations (standard
# buttons and dialogs in German and Spanish) are in qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, ca-certificates, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "prometheus, prometheus-alertmanager")

include(CPack)

# The tests of what is installed (man pages against --help, the example workspace).
if(BUILD_TESTING AND EXISTS "${PROJECT_SOURCE_DIR}/tests/install/CMakeLists.txt")
    add_subdirectory("${PROJECT_SOURCE_DIR}/tests/install" "${PROJECT_BINARY_DIR}/tests/install")
endif()
