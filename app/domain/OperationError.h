#pragma once

#include <QString>

#include <exception>

// A failure that reaches the clerk or the administrator. The message says what happened and what to do;
// the kind lets the CLI pick an exit status and the GUI pick an icon or offer a next step.
class OperationError : public std::exception
{
public:
    enum class Kind {
        Invalid,       // the input breaks a rule; field() names the input at fault
        NotFound,      // a code, IIN or row that does not exist
        Conflict,      // a duplicate or an illegal transition
        Busy,          // another workstation held the database longer than we are willing to wait
        Storage,       // the database refused for another reason (disk, permissions, corruption)
        NewerDatabase, // written by a newer Joldama: refusing is the only safe choice
        Unconfirmed,   // possible but unusual (a date far from today): done only when the clerk confirms it
        Forbidden,     // the account may not do it, or nobody is signed in, or the sign-in failed
    };

    OperationError(Kind kind, QString message, QString field = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
        , m_utf8(m_message.toUtf8())
    {}

    Kind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }
    const QString& field() const noexcept { return m_field; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    QByteArray m_utf8;
};
