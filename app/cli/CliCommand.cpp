#include "CliCommand.h"

#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

CliRun::CliRun(const CliCommand& command, const QCommandLineParser& parser, QStringList positional,
               DatabaseLocation location, Language language, QTextStream& out, QTextStream& err, const Clock& clock)
    : m_command(command)
    , m_parser(parser)
    , m_positional(std::move(positional))
    , m_location(std::move(location))
    , m_language(language)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

CliRun::~CliRun() = default;

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
    if (!m_workspace)
        m_workspace = Workspace::open(m_location, m_clock);
    return *m_workspace;
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
