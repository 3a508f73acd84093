#include "CsvReader.h"

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

qint64 CsvReader::position() const
{
    return m_device->pos();
}

bool CsvReader::readLine(QString& line)
{
    if (m_device->atEnd())
        return false;
    QByteArray bytes = m_device->readLine();
    if (m_firstLine) {
        m_firstLine = false;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    line = QString::fromUtf8(bytes);
    ++m_line;
    return true;
}

bool CsvReader::readHeader()
{
    const QByteArray head = m_device->peek(64 * 1024);
    const qsizetype newline = head.indexOf('\n');
    const QByteArray firstLine = newline >= 0 ? head.left(newline) : head;
    if (firstLine.count(';') > firstLine.count(','))
        m_delimiter = QLatin1Char(';');
    QStringList fields;
    if (!readRecord(fields))
        return false;
    m_header.clear();
    m_columns.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        m_header << name;
        m_columns.insert(name, i);
    }
    return true;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    QString line;
    // Skip blank lines between records.
    do {
        if (!readLine(line))
            return false;
    } while (line.isEmpty());
    m_recordLine = m_line;
    m_unterminated = false;

    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (;;) {
        for (int i = 0; i < line.size(); ++i) {
            const QChar ch = line.at(i);
            if (quoted) {
                if (ch == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                        field += ch;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += ch;
                }
            } else if (ch == QLatin1Char('"') && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == m_delimiter) {
                fields << field;
                field.clear();
                fieldStarted = false;
            } else {
                field += ch;
                fieldStarted = true;
            }
        }
        if (!quoted)
            break;
        // A line break inside quotes belongs to the field.
        if (!readLine(line)) {
            m_unterminated = true;
            break;
        }
        field += QLatin1Char('\n');
    }
    fields << field;
    return true;
}
