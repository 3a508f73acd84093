#include "CliCommand.h"

#include "platform/Terminal.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

CliRun::CliRun(const CliCommand& command, const QCommandLineParser& parser, QStringList positional,
               DatabaseLocation location, Language language, QTextStream& out, QTextStream& err, const Clock& clock,
               QString user)
    : m_command(command)
    , m_parser(parser)
    , m_positional(std::move(positional))
    , m_location(std::move(location))
    , m_language(language)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_user(std::move(user))
{}

CliRun::~CliRun()
{
    if (m_workspace) {
        try {
            m_workspace->accounts().signOut();
        } catch (const OperationError& e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
}

int CliRun::intValue(const QString& option, int fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = m_parser.value(option).trimmed();
    const int value = text.toInt(&ok);
    if (!ok) {
        // A whole number too big for any count Joldama keeps is out of range, not "not a number".
        static const QRegularExpression digits(QStringLiteral("^[-+]?[0-9]+$"));
        if (digits.match(text).hasMatch())
            throw CliUsageError(QStringLiteral("--%1 %2 is out of range: give a number from %3 to %4.")
                                    .arg(option, text)
                                    .arg(std::numeric_limits<int>::min())
                                    .arg(std::numeric_limits<int>::max()));
        throw CliUsageError(QStringLiteral("--%1 needs a whole number, not \"%2\".").arg(option, text));
    }
    return value;
}

Workspace& CliRun::workspace()
{
    if (m_workspace)
        return *m_workspace;
    std::unique_ptr<Workspace> workspace = Workspace::open(m_location, m_clock);
    AccountService& accounts = workspace->accounts();
    if (accounts.hasAccounts()) {
        if (m_user.isEmpty())
            throw OperationError(OperationError::Kind::Forbidden,
                                 QStringLiteral("This database has user accounts: sign in with --user LOGIN (the "
                                                "password is asked on the terminal, or read from the environment "
                                                "variable JOLDAMA_PASSWORD)."));
        QString password;
        if (qEnvironmentVariableIsSet("JOLDAMA_PASSWORD"))
            password = qEnvironmentVariable("JOLDAMA_PASSWORD");
        else if (!Terminal::readSecret(QStringLiteral("Password for %1: ").arg(m_user), &password))
            throw OperationError(OperationError::Kind::Forbidden,
                                 QStringLiteral("No terminal to ask the password of %1 on: give it in the environment "
                                                "variable JOLDAMA_PASSWORD.")
                                     .arg(m_user));
        accounts.signIn(m_user, password);
        password.fill(QLatin1Char(' '));
    }
    m_workspace = std::move(workspace);
    return *m_workspace;
}

QString CliRun::readNewPassword(const QString& login)
{
    QString password;
    if (Terminal::inputIsTerminal()) {
        QString again;
        if (!Terminal::readSecret(QStringLiteral("New password for %1: ").arg(login), &password) ||
            !Terminal::readSecret(QStringLiteral("The same password again: "), &again))
            throw OperationError(OperationError::Kind::Invalid,
                                 QStringLiteral("No password was typed. Nothing was changed."));
        if (password != again)
            throw OperationError(OperationError::Kind::Invalid,
                                 QStringLiteral("The two passwords differ. Nothing was changed; try again."));
        again.fill(QLatin1Char(' '));
        return password;
    }
    if (!Terminal::readLine(&password) || password.isEmpty())
        throw OperationError(OperationError::Kind::Invalid,
                             QStringLiteral("No password: give the new password on the first line of standard input, "
                                            "or run the command from a terminal. Nothing was changed."));
    return password;
}

void CliRun::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliRun::printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList& row) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ");
            else
                line += row.at(i);
        }
        m_out << line.trimmed() << '\n';
    };
    printRow(header);
    for (const QStringList& row : rows)
        printRow(row);
    m_out.flush();
}
