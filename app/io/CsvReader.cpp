#include "CsvReader.h"

#include <cstring>

namespace {

constexpr qsizetype BlockSize = 1 << 20;

// Windows-1251 from 0x80 to 0xBF (0xC0–0xFF are А–я in order). 0x98 is unassigned.
constexpr char16_t windows1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// Bytes of Windows-1251 whose letters neither Kazakh nor Russian uses (Serbian, Macedonian, Ukrainian,
// Belarusian letters), and 0x98 which is no character at all. Text with them is almost surely in another
// Cyrillic code page (the Kazakh KZ-1048 puts ә, ғ, қ, ң, ө, ұ, ү, һ on several of these bytes): read as
// Windows-1251 it would be stored wrong.
bool isForeignWindows1251(unsigned char byte)
{
    switch (byte) {
    case 0x80:
    case 0x81:
    case 0x83:
    case 0x8A:
    case 0x8C:
    case 0x8D:
    case 0x8E:
    case 0x8F:
    case 0x90:
    case 0x98:
    case 0x9A:
    case 0x9C:
    case 0x9D:
    case 0x9E:
    case 0x9F:
    case 0xA1:
    case 0xA2:
    case 0xA3:
    case 0xA5:
    case 0xAA:
    case 0xAF:
    case 0xB4:
    case 0xBA:
    case 0xBC:
    case 0xBD:
    case 0xBE:
    case 0xBF:
        return true;
    default:
        return false;
    }
}

bool hasHighBytes(const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return true;
    }
    return false;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing beyond U+10FFFF.
bool isUtf8(const char* text, qsizetype size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        if (s[i + 1] < low || s[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return false;
        }
        i += length;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

qint64 CsvReader::position() const
{
    return m_device->pos() - (m_buffer.size() - m_pos);
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Windows1251:
        return QStringLiteral("Windows-1251");
    case Encoding::Utf8:
    case Encoding::Ascii:
        break;
    }
    return QStringLiteral("UTF-8");
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + BlockSize);
    qint64 got = m_device->read(m_buffer.data() + old, BlockSize);
    // A pipe may have nothing yet without being at its end.
    while (got == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
        got = m_device->read(m_buffer.data() + old, BlockSize);
    if (got <= 0) {
        m_buffer.resize(old);
        m_atEnd = true;
        return false;
    }
    m_buffer.resize(old + got);
    return true;
}

bool CsvReader::nextLine()
{
    if (m_firstLine) {
        m_firstLine = false;
        while (m_buffer.size() - m_pos < 4 && fill()) {
        }
        const QByteArray start = m_buffer.mid(m_pos, 4);
        if (start.startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_encoding = Encoding::Utf8;
        } else if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
            m_utf16 = true;
        }
    }
    qsizetype scan = 0; // how far from m_pos the line is known to have no break
    for (;;) {
        const char* begin = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        qsizetype i = scan;
        bool found = false;
        qsizetype lineLength = 0, consumed = 0;
        while (i < available) {
            const char c = begin[i];
            if (c == '\n') {
                lineLength = i;
                consumed = i + 1;
                if (m_lineEnd == LineEnd::Unknown)
                    m_lineEnd = LineEnd::Lf;
                found = true;
                break;
            }
            if (c == '\r') {
                if (i + 1 >= available && !m_atEnd)
                    break; // is it CRLF? read on to know
                if (i + 1 < available && begin[i + 1] == '\n') {
                    lineLength = i;
                    consumed = i + 2;
                    if (m_lineEnd == LineEnd::Unknown)
                        m_lineEnd = LineEnd::Lf;
                    found = true;
                    break;
                }
                // A CR alone: the old Mac line break when the file's first break is one; otherwise a stray
                // character of the field.
                if (m_lineEnd == LineEnd::Unknown)
                    m_lineEnd = LineEnd::Cr;
                if (m_lineEnd == LineEnd::Cr) {
                    lineLength = i;
                    consumed = i + 1;
                    found = true;
                    break;
                }
            }
            ++i;
        }
        if (found) {
            m_lineStart = m_pos;
            m_lineLength = lineLength;
            m_pos += consumed;
            ++m_line;
            return true;
        }
        scan = i;
        if (!fill()) {
            // The last line of a file without a final line break.
            const qsizetype rest = m_buffer.size() - m_pos;
            if (rest <= 0)
                return false;
            m_lineStart = m_pos;
            m_lineLength = rest;
            if (m_buffer.at(m_lineStart + m_lineLength - 1) == '\r')
                --m_lineLength;
            m_pos = m_buffer.size();
            ++m_line;
            return true;
        }
    }
}

void CsvReader::checkLine(const char* data, qsizetype size)
{
    auto problem = [this](const QString& text) {
        if (m_problem.isEmpty())
            m_problem = text;
    };
    if (m_utf16) {
        problem(tr("The file is saved as UTF-16 (Excel's \"Unicode text\"), not UTF-8. Save it again as \"CSV "
                   "UTF-8 (comma delimited)\" and import that file."));
        return;
    }
    if (std::memchr(data, 0, size_t(size)))
        problem(tr("The line holds a NUL byte, which no text has: the file is not a plain CSV text (perhaps a "
                   "spreadsheet, or text saved as UTF-16). Save it as \"CSV UTF-8\" and import that file."));
    if (!hasHighBytes(data, size))
        return;
    const bool utf8 = isUtf8(data, size);
    switch (m_encoding) {
    case Encoding::Ascii:
        // Everything before this line was plain ASCII, which reads the same either way.
        m_encoding = utf8 ? Encoding::Utf8 : Encoding::Windows1251;
        break;
    case Encoding::Utf8:
        if (!utf8)
            problem(tr("The text is not UTF-8 although the lines before it are: this line cannot be read without "
                       "guessing. Save the file as \"CSV UTF-8\" and import it again."));
        return;
    case Encoding::Windows1251:
        if (utf8)
            problem(tr("The file mixes two encodings: this line is UTF-8, the lines before it Windows-1251. Save "
                       "the file in one encoding (\"CSV UTF-8\") and import it again."));
        break;
    }
    if (m_encoding == Encoding::Windows1251) {
        QString foreign;
        for (qsizetype i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (isForeignWindows1251(byte) && foreign.size() < 12)
                foreign += byte == 0x98 ? QStringLiteral("0x98") : QString(QChar(windows1251High[byte - 0x80]));
        }
        if (!foreign.isEmpty())
            problem(tr("Read as Windows-1251 the line has letters that neither Kazakh nor Russian uses (%1): the file "
                       "is in another code page, such as the Kazakh KZ-1048. Save it as \"CSV UTF-8\" and import "
                       "that file.")
                        .arg(foreign));
    }
}

QString CsvReader::decode(const char* data, qsizetype size) const
{
    if (m_encoding != Encoding::Windows1251)
        return QString::fromUtf8(data, size);
    QString text(size, Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        out[i] = byte < 0x80    ? QChar(byte)
                 : byte >= 0xC0 ? QChar(char16_t(0x0410 + (byte - 0xC0)))
                                : QChar(windows1251High[byte - 0x80]);
    }
    return text;
}

bool CsvReader::readHeader()
{
    // The delimiter is the one the first line uses most: commas, Excel's semicolons, or tabs.
    while (m_buffer.size() - m_pos < 64 * 1024 && fill()) {
    }
    QByteArray firstLine = m_buffer.mid(m_pos, 64 * 1024);
    const qsizetype lf = firstLine.indexOf('\n');
    const qsizetype cr = firstLine.indexOf('\r');
    const qsizetype end = lf < 0 ? cr : (cr < 0 ? lf : std::min(lf, cr));
    if (end >= 0)
        firstLine.truncate(end);
    const qsizetype commas = firstLine.count(','), semicolons = firstLine.count(';'), tabs = firstLine.count('\t');
    if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
    else if (semicolons > commas)
        m_delimiter = QLatin1Char(';');
    QStringList fields;
    if (!readRecord(fields))
        return false;
    m_header.clear();
    m_headerFields.clear();
    m_columns.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        m_headerFields << fields.at(i).trimmed();
        m_header << name;
        m_columns.insert(name, i);
    }
    return true;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    m_problem.clear();
    m_unterminated = false;
    // Skip blank lines between records.
    do {
        if (!nextLine())
            return false;
    } while (m_lineLength == 0);
    m_recordLine = m_line;
    checkLine(m_buffer.constData() + m_lineStart, m_lineLength);

    const char delimiter = char(m_delimiter.toLatin1());
    // A field wholly in the line and unquoted (most are) is decoded from the buffer where it lies; m_field
    // gathers only what quotes make differ from the bytes, and keeps its capacity from field to field.
    m_field.truncate(0);
    const char* lastField = nullptr; // the last field of the record, when it lies in the buffer as it is
    qsizetype lastFieldSize = 0;
    bool atFieldStart = true;
    bool quoted = false;
    bool strayAfterQuote = false;
    for (;;) {
        const char* p = m_buffer.constData() + m_lineStart;
        const qsizetype n = m_lineLength;
        qsizetype i = 0;
        for (;;) {
            if (quoted) {
                const auto* quote = static_cast<const char*>(std::memchr(p + i, '"', size_t(n - i)));
                if (!quote) {
                    m_field.append(p + i, n - i);
                    break; // the line ends inside the quotes
                }
                const qsizetype at = quote - p;
                m_field.append(p + i, at - i);
                if (at + 1 < n && p[at + 1] == '"') {
                    m_field.append('"');
                    i = at + 2;
                } else {
                    quoted = false;
                    i = at + 1;
                    // RFC 4180: a closing quote ends the field. Text after it means this quote opened another
                    // field and the quote before it was never closed.
                    if (i < n && p[i] != delimiter)
                        strayAfterQuote = true;
                }
                continue;
            }
            if (atFieldStart && i < n && p[i] == '"') {
                quoted = true;
                atFieldStart = false;
                ++i;
                continue;
            }
            atFieldStart = false;
            const auto* next = i < n ? static_cast<const char*>(std::memchr(p + i, delimiter, size_t(n - i))) : nullptr;
            const qsizetype end = next ? next - p : n;
            if (!m_field.isEmpty()) {
                m_field.append(p + i, end - i); // text after a closing quote, reported as stray below
            } else if (!next) {
                lastField = p + i;
                lastFieldSize = end - i;
            } else {
                fields << decode(p + i, end - i);
                atFieldStart = true;
                i = end + 1;
                continue;
            }
            if (!next)
                break;
            fields << decode(m_field.constData(), m_field.size());
            m_field.truncate(0);
            atFieldStart = true;
            i = end + 1;
        }
        if (!quoted)
            break;
        // A line break inside quotes belongs to the field.
        if (!nextLine()) {
            m_unterminated = true;
            break;
        }
        m_field.append('\n');
        checkLine(m_buffer.constData() + m_lineStart, m_lineLength);
    }
    fields << (lastField ? decode(lastField, lastFieldSize) : decode(m_field.constData(), m_field.size()));
    m_field.truncate(0);

    if (m_unterminated) {
        m_problem = tr("A quoted field opened on line %1 is never closed: lines %1 to %2 were read as one field. "
                       "Check the quotes on line %1.")
                        .arg(m_recordLine)
                        .arg(m_line);
    } else if (m_line > m_recordLine &&
               (strayAfterQuote || (!m_header.isEmpty() && fields.size() != m_header.size()))) {
        // A field may hold line breaks, but then it ends at its closing quote and the row still has the
        // header's columns. Otherwise a quote was left open and the rows after it were swallowed into one field
        // until some later quote closed it.
        m_problem = tr("A quoted field opened on line %1 closes only on line %2, so the rows of lines %3 to %2 were "
                       "swallowed into it. A closing quote is probably missing on line %1; correct it and import "
                       "the file again.")
                        .arg(m_recordLine)
                        .arg(m_line)
                        .arg(m_recordLine + 1);
    }
    return true;
}
