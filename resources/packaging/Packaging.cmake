# Two Debian packages from one build (CPack, DEB generator):
#   madoguchi         the desktop program (component "desktop")
#   madoguchi-server  madoguchi-cli and the systemd unit (component "server"); it links no Qt
#                     Widgets, X11 or OpenGL library, so a server without a display can take it.
# `cmake --build build --target package` writes both into the build folder. Shared-library
# dependencies come from dpkg-shlibdeps; the lines below add only what the linker cannot see
# (Qt's SQL drivers are plugins loaded at run time) and what runs beside the program.
# docs/packaging.md explains every choice and the lintian result.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME madoguchi)
set(CPACK_PACKAGE_VENDOR "Madoguchi")
set(CPACK_PACKAGE_CONTACT "Madoguchi maintainers <maintainers@madoguchi.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's synopsis is the first line of its own description below.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(MADOGUCHI_GUI)
    list(APPEND CPACK_COMPONENTS_ALL desktop)
endif()

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://madoguchi.example/")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME madoguchi)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "madoguchi-server, gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "support desk for the next-business-day promise
Madoguchi reads a team's support mailbox, turns mail into tickets and
holds every unanswered customer message against the service agreement's
deadline on the Japanese business calendar (national holidays, the
year-end break, company holidays, business hours). It flags what is due
soon or overdue, lets staff reply without answering twice, and shows
managers response times in business hours.

This package holds the desktop program.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME madoguchi-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/resources/packaging/server/postinst)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "support desk for the next-business-day promise - sync service
Madoguchi reads a team's support mailbox, turns mail into tickets and
holds every unanswered customer message against the service agreement's
deadline on the Japanese business calendar.

This package holds madoguchi-cli (deadlines, import, tickets, reports,
the outbox) and the madoguchi-serve systemd unit that keeps the mailbox
in sync while every desktop is closed. The unit is installed but not
enabled.")

# /usr/share/doc/PACKAGE/{copyright,changelog.Debian.gz}, which every Debian package carries.
string(TIMESTAMP MADOGUCHI_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(package madoguchi madoguchi-server)
    if(package STREQUAL madoguchi)
        set(component desktop)
    else()
        set(component server)
    endif()
    set(MADOGUCHI_PACKAGE ${package})
    configure_file(${PROJECT_SOURCE_DIR}/resources/packaging/changelog.in
                   ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian @ONLY)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
        COMMAND ${GZIP_PROGRAM} -9n -c ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian
                > ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
        DEPENDS ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian VERBATIM)
    add_custom_target(changelog_${package} ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian.gz)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/copyright
                  ${CMAKE_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endforeach()

include(CPack)
