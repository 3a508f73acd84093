#include "Cli.h"

#include "CliText.h"

#include "domain/AppInfo.h"
#include "domain/OperationError.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {
class SpokenLanguage
{
public:
    explicit SpokenLanguage(Language language)
        : m_locale(QLocale())
    {
        if (language == Language::English || !QCoreApplication::instance())
            return;
        m_translator = std::make_unique<QTranslator>();
        if (m_translator->load(QStringLiteral(":/i18n/joldama_%1.qm").arg(Languages::code(language))))
            QCoreApplication::installTranslator(m_translator.get());
        else
            m_translator.reset();
        QLocale::setDefault(
            QLocale(language == Language::Kazakh ? QLocale::Kazakh : QLocale::Russian, QLocale::Kazakhstan));
        m_changed = true;
    }
    ~SpokenLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        if (m_changed)
            QLocale::setDefault(m_locale);
    }
    SpokenLanguage(const SpokenLanguage&) = delete;
    SpokenLanguage& operator=(const SpokenLanguage&) = delete;

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    bool m_changed = false;
};
} // namespace

Cli::Cli(const Clock& clock)
    : m_clock(clock)
{}

void Cli::add(CliCommand command)
{
    m_commands << std::move(command);
}

const CliCommand* Cli::match(const QStringList& words, int* used) const
{
    const CliCommand* best = nullptr;
    int bestLength = 0;
    for (const CliCommand& command : m_commands) {
        const QStringList commandWords = command.words.split(QLatin1Char(' '));
        if (commandWords.size() > words.size() || commandWords.size() <= bestLength)
            continue;
        if (words.mid(0, commandWords.size()) == commandWords) {
            best = &command;
            bestLength = int(commandWords.size());
        }
    }
    *used = bestLength;
    return best;
}

void Cli::printHelp(QTextStream& out) const
{
    out << "Usage: joldama-cli [--db PATH] [--user LOGIN] [--lang kk|ru|en] COMMAND [ARGUMENTS]\n\n"
           "Joldama, the workstation of a Bureau of Hospitalization, without its windows.\n\n"
           "Global options:\n"
           "  --db PATH        database file (default: "
        << DatabaseLocation::defaultSqlitePath()
        << ")\n"
           "                   or a bureau's shared PostgreSQL database:\n"
           "                   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=...]\n"
           "                   (without a password, ~/.pgpass or PGPASSWORD is used)\n"
           "  --user LOGIN     sign in (required once the database has user accounts); the\n"
           "                   password is asked on the terminal, or read from JOLDAMA_PASSWORD\n"
           "  --lang LANG      language of names in the output: kk, ru or en (default en)\n"
           "  --help           this help; COMMAND --help shows a command's options\n\n"
           "Commands:\n";
    for (const CliCommand& command : m_commands) {
        QString synopsis = command.words;
        if (!command.arguments.isEmpty())
            synopsis += QLatin1Char(' ') + command.arguments;
        out << "  " << synopsis.leftJustified(34) << ' ' << command.summary << '\n';
    }
    out << "\nExit status: 0 success, 1 failure (the message says what to do; also a refused sign-in or an action\n"
           "the account's role does not allow), 2 wrong usage.\n";
    out.flush();
}

void Cli::printCommandHelp(const CliCommand& command, QTextStream& out) const
{
    out << "Usage: joldama-cli [--db PATH] " << command.words;
    if (!command.options.isEmpty())
        out << " [OPTIONS]";
    if (!command.arguments.isEmpty())
        out << ' ' << command.arguments;
    out << "\n\n" << command.summary << "\n";
    if (!command.options.isEmpty()) {
        out << "\nOptions:\n";
        for (const QCommandLineOption& option : command.options) {
            QString names;
            for (const QString& name : option.names())
                names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                         (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            if (!option.valueName().isEmpty())
                names += QLatin1Char(' ') + option.valueName();
            out << "  " << names.leftJustified(28) << ' ' << option.description() << '\n';
        }
    }
    out.flush();
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Global options may stand anywhere; take them out before matching the command words. --user is the one
    // exception: after the command words it belongs to a command that has a --user of its own (audit list).
    QStringList rest;
    QString dbArgument;
    QString userArgument;
    QStringList lateUsers; // --user values given after the first command word
    QString langArgument = QStringLiteral("en");
    bool help = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--user")) {
            if (i + 1 >= arguments.size()) {
                err << a << " needs a value. See joldama-cli --help.\n";
                return UsageError;
            }
            const QString value = arguments.at(++i);
            if (a == QLatin1String("--user") && !rest.isEmpty())
                lateUsers << value;
            else
                (a == QLatin1String("--db")     ? dbArgument
                 : a == QLatin1String("--lang") ? langArgument
                                                : userArgument) = value;
        } else if (a.startsWith(QLatin1String("--user="))) {
            if (!rest.isEmpty())
                lateUsers << a.mid(7);
            else
                userArgument = a.mid(7);
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbArgument = a.mid(5);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            langArgument = a.mid(7);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else {
            rest << a;
        }
    }
    bool langOk = false;
    const Language language = Languages::fromCode(langArgument, &langOk);
    if (!langOk) {
        err << "--lang takes kk, ru or en, not \"" << langArgument << "\".\n";
        return UsageError;
    }
    if (rest.isEmpty()) {
        printHelp(help ? out : err);
        return help ? Success : UsageError;
    }
    // Kazakh or Russian asked for: what the command prints for people and the messages of the services speak
    // it, for this run only (the CLI also runs inside tests and other programs).
    const SpokenLanguage spoken(language);
    int used = 0;
    const CliCommand* command = match(rest, &used);
    if (!command) {
        err << "Unknown command \"" << rest.join(QLatin1Char(' ')) << "\". See joldama-cli --help for the list.\n";
        return UsageError;
    }
    bool ownsUser = false;
    for (const QCommandLineOption& option : command->options)
        ownsUser = ownsUser || option.names().contains(QStringLiteral("user"));
    for (const QString& value : std::as_const(lateUsers)) {
        if (ownsUser)
            rest << QStringLiteral("--user") << value;
        else
            userArgument = value;
    }
    if (help) {
        printCommandHelp(*command, out);
        return Success;
    }
    if (dbArgument.isEmpty())
        dbArgument = DatabaseLocation::defaultSqlitePath();
    else if (dbArgument.trimmed().isEmpty()) {
        err << "--db needs a file path. See joldama-cli --help.\n";
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    QStringList toParse{QStringLiteral("joldama-cli")};
    toParse += rest.mid(used);
    if (!parser.parse(toParse)) {
        err << parser.errorText() << "\nSee joldama-cli " << command->words << " --help.\n";
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command->minPositional || positional.size() > command->maxPositional) {
        err << "Usage: joldama-cli " << command->words << ' ' << command->arguments << "\nSee joldama-cli "
            << command->words << " --help.\n";
        return UsageError;
    }
    try {
        CliRun run(*command, parser, positional, DatabaseLocation::fromArgument(dbArgument), language, out, err,
                   m_clock, userArgument);
        const int status = command->run(run);
        out.flush();
        return status;
    } catch (const CliUsageError& e) {
        err << e.message() << "\nSee joldama-cli " << command->words << " --help.\n";
        return UsageError;
    } catch (const OperationError& e) {
        out.flush();
        err << e.message() << '\n';
        if (e.kind() == OperationError::Kind::Unconfirmed)
            err << CliText::tr("If it is right, run the command again with --yes.") << '\n';
        return Failure;
    }
}
