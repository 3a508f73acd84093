#include "AuditEntry.h"

#include <QList>
#include <utility>

namespace {
const QList<std::pair<QString, const char*>>& labels()
{
    static const QList<std::pair<QString, const char*>> list = {
        {AuditActions::Start, QT_TRANSLATE_NOOP("AuditActions", "audit log started")},
        {AuditActions::SignIn, QT_TRANSLATE_NOOP("AuditActions", "signed in")},
        {AuditActions::SignInFailed, QT_TRANSLATE_NOOP("AuditActions", "sign-in failed")},
        {AuditActions::SignOut, QT_TRANSLATE_NOOP("AuditActions", "signed out")},
        {AuditActions::AccountLocked, QT_TRANSLATE_NOOP("AuditActions", "account locked")},
        {AuditActions::SessionLocked, QT_TRANSLATE_NOOP("AuditActions", "window locked")},
        {AuditActions::SessionUnlocked, QT_TRANSLATE_NOOP("AuditActions", "window unlocked")},
        {AuditActions::View, QT_TRANSLATE_NOOP("AuditActions", "viewed")},
        {AuditActions::Search, QT_TRANSLATE_NOOP("AuditActions", "searched")},
        {AuditActions::Print, QT_TRANSLATE_NOOP("AuditActions", "printed")},
        {AuditActions::Export, QT_TRANSLATE_NOOP("AuditActions", "exported")},
        {AuditActions::Change, QT_TRANSLATE_NOOP("AuditActions", "changed")},
        {AuditActions::Refused, QT_TRANSLATE_NOOP("AuditActions", "refused")},
        {AuditActions::AccountAdded, QT_TRANSLATE_NOOP("AuditActions", "account added")},
        {AuditActions::RoleChanged, QT_TRANSLATE_NOOP("AuditActions", "role changed")},
        {AuditActions::AccountRenamed, QT_TRANSLATE_NOOP("AuditActions", "account renamed")},
        {AuditActions::AccountDisabled, QT_TRANSLATE_NOOP("AuditActions", "account disabled")},
        {AuditActions::AccountEnabled, QT_TRANSLATE_NOOP("AuditActions", "account enabled")},
        {AuditActions::AccountUnlocked, QT_TRANSLATE_NOOP("AuditActions", "account unlocked")},
        {AuditActions::PasswordReset, QT_TRANSLATE_NOOP("AuditActions", "password reset")},
        {AuditActions::PasswordChanged, QT_TRANSLATE_NOOP("AuditActions", "password changed")},
        {AuditActions::Anchor, QT_TRANSLATE_NOOP("AuditActions", "checkpoint written")},
        {AuditActions::Backup, QT_TRANSLATE_NOOP("AuditActions", "backup")},
        {AuditActions::Restore, QT_TRANSLATE_NOOP("AuditActions", "restore")},
    };
    return list;
}
} // namespace

const char* AuditActions::labelSource(const QString& action)
{
    for (const auto& [code, source] : labels()) {
        if (code == action)
            return source;
    }
    return nullptr;
}

QString AuditActions::label(const QString& action)
{
    const char* source = labelSource(action);
    return source ? tr(source) : action;
}

QStringList AuditActions::all()
{
    QStringList codes;
    for (const auto& entry : labels())
        codes << entry.first;
    return codes;
}
