#include "AppInfo.h"

#include <QCoreApplication>

#ifndef JOLDAMA_VERSION
#define JOLDAMA_VERSION "0.0.0"
#endif

namespace AppInfo {

void applyToApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Joldama"));
    QCoreApplication::setApplicationName(QStringLiteral("joldama"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(JOLDAMA_VERSION);
}

} // namespace AppInfo
