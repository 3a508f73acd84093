# The Debian package: `cmake --build build --target package` makes joldama_<version>_amd64.deb with CPack — both
# programs, the desktop entry and its icon, the manual pages, the copyright file and the changelog. The shared
# libraries the programs link (Qt 6, SQLite, libqrencode) become Depends through dpkg-shlibdeps; what Qt loads
# as plugins (the SQLite and PostgreSQL SQL drivers) and the fonts the printouts embed are added by name.
# tests/packaging/check_package.sh builds it, reads it back with dpkg-deb and runs lintian.
include(GNUInstallDirs)

set(JOLDAMA_PACKAGE_MAINTAINER "Joldama maintainers <joldama@example.org>" CACHE STRING
    "The Debian package's Maintainer (name <e-mail>): set the bureau's own")
set(JOLDAMA_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(JOLDAMA_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)

# Manual pages and the changelog are installed compressed, as Debian wants them; -n leaves the name and time out,
# so the same sources give the same package.
find_program(GZIP_EXECUTABLE gzip)
set(JOLDAMA_PACKAGING_GZ)
foreach(page joldama.1 joldama-cli.1)
    configure_file(${JOLDAMA_PACKAGING_DIR}/${page} ${JOLDAMA_PACKAGING_OUT}/${page} @ONLY)
endforeach()
configure_file(${JOLDAMA_PACKAGING_DIR}/changelog.in ${JOLDAMA_PACKAGING_OUT}/changelog @ONLY)
configure_file(${JOLDAMA_PACKAGING_DIR}/copyright.in ${JOLDAMA_PACKAGING_OUT}/copyright @ONLY)
if(GZIP_EXECUTABLE)
    foreach(file joldama.1 joldama-cli.1 changelog)
        add_custom_command(OUTPUT ${JOLDAMA_PACKAGING_OUT}/${file}.gz
            COMMAND ${GZIP_EXECUTABLE} -9nkf ${JOLDAMA_PACKAGING_OUT}/${file}
            DEPENDS ${JOLDAMA_PACKAGING_OUT}/${file}
            COMMENT "Compressing ${file}" VERBATIM)
        list(APPEND JOLDAMA_PACKAGING_GZ ${JOLDAMA_PACKAGING_OUT}/${file}.gz)
    endforeach()
    add_custom_target(joldama_packaging_files ALL DEPENDS ${JOLDAMA_PACKAGING_GZ})
    install(FILES ${JOLDAMA_PACKAGING_OUT}/joldama.1.gz ${JOLDAMA_PACKAGING_OUT}/joldama-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${JOLDAMA_PACKAGING_OUT}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/joldama)
endif()
install(FILES ${JOLDAMA_PACKAGING_DIR}/joldama.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/joldama.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${JOLDAMA_PACKAGING_OUT}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/joldama)

# Both programs resolve their symbols at start and keep the relocation table read-only (hardening Debian
# builds its own packages with).
foreach(program joldama joldama-cli)
    target_link_options(${program} PRIVATE -Wl,-z,relro -Wl,-z,now)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME joldama)
set(CPACK_PACKAGE_VENDOR "The Joldama authors")
set(CPACK_PACKAGE_CONTACT "${JOLDAMA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workstation of a regional Bureau of Hospitalization")
# Lines of the extended description, each under 80 characters as Debian wants them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Joldama is the clerk's workstation of a regional Bureau of Hospitalization in"
    "Kazakhstan: patients and their referrals for planned hospitalization, the"
    "waiting list of every hospital and bed profile, free beds, HTMC quotas and"
    "treatment abroad, with printed referral tickets and queue lists."
    "."
    "It speaks Kazakh, Russian and English, works offline on an SQLite file (or a"
    "shared PostgreSQL server), makes a checked backup every day and keeps them by"
    "a retention policy, and comes with joldama-cli for administrators and scripts.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # joldama_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_NAME joldama)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${JOLDAMA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQL drivers (SQLite, and PostgreSQL for a shared
# database), the SVG plugins that draw the window's icons, and the DejaVu fonts the printouts embed for Kazakh
# letters.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, fonts-dejavu-core")
# Qt's own dialog buttons in Russian (Joldama ships its Kazakh ones).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
