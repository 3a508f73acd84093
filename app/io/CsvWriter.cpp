#include "CsvWriter.h"

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{}

QString CsvWriter::escape(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')) && !field.contains(QLatin1Char(';')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escape(fields.at(i));
    }
    line += QLatin1String("\r\n");
    m_device->write(line.toUtf8());
}
