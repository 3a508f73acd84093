#include "PrintTools.h"

#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace PrintTools {

namespace {
QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QStringList pages(const QString& pdf)
{
    QStringList result = text(pdf).split(QLatin1Char('\f'));
    if (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    return result;
}

QString flat(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" "));
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    return pagesLine.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QSizeF pageSizePoints(const QString& pdf)
{
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = size.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

QList<Font> fonts(const QString& pdf)
{
    // name, type (two words for CID TrueType), encoding, emb, sub, uni, object, ID — read from the right.
    QList<Font> result;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 7)
            continue;
        result << Font{fields.first(), fields.at(fields.size() - 5) == QLatin1String("yes")};
    }
    return result;
}

QString scanQrImage(const QString& imageFile)
{
    return run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), imageFile}).trimmed();
}

QString scanQr(const QString& pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    return scanQrImage(prefix + QStringLiteral(".png"));
}

QString keepFirstPage(const QString& pdf, const QString& name)
{
    const QString prefix = QDir(TestSupport::screenshotDir()).filePath(name);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
    return prefix + QStringLiteral(".png");
}

QString validIin(int serial)
{
    // Birth date and serial from the number; the last of ten serial digits is tried until the check digit
    // exists (a check value of 10 twice means the number is never issued).
    const QDate born = QDate(1950, 1, 1).addDays(serial / 1000);
    const QString stem = born.toString(QStringLiteral("yyMMdd")) + QLatin1Char(born.year() < 2000 ? '3' : '5');
    for (int k = 0; k < 10; ++k) {
        const QString digits = stem + QStringLiteral("%1").arg((serial % 1000) * 10 + k, 4, 10, QLatin1Char('0'));
        int c = 0;
        for (int i = 0; i < 11; ++i)
            c += digits.at(i).digitValue() * (i + 1);
        c %= 11;
        if (c == 10) {
            static const int weights[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            c = 0;
            for (int i = 0; i < 11; ++i)
                c += digits.at(i).digitValue() * weights[i];
            c %= 11;
            if (c == 10)
                continue;
        }
        return digits + QString::number(c);
    }
    return {};
}

} // namespace PrintTools
