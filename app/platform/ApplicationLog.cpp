#include "ApplicationLog.h"

#include "domain/PersonalDataFilter.h"
#include "platform/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

namespace ApplicationLog {

namespace {

struct State
{
    QMutex mutex;
    QString folder;
    qint64 maxBytes = defaultMaxBytes;
    int keep = defaultKeep;
    QFile file;
    QStringList recent;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

QString logPath(const State& s, int generation = 0)
{
    const QString base = QDir(s.folder).filePath(QStringLiteral("joldama.log"));
    return generation == 0 ? base : base + QLatin1Char('.') + QString::number(generation);
}

bool openCurrent(State& s)
{
    const QString path = logPath(s);
    if (!QFileInfo::exists(path))
        PrivateFiles::createEmpty(path);
    s.file.setFileName(path);
    return s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void rotate(State& s)
{
    s.file.close();
    QFile::remove(logPath(s, s.keep));
    for (int g = s.keep - 1; g >= 0; --g)
        QFile::rename(logPath(s, g), logPath(s, g + 1));
    openCurrent(s);
}

char letter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    {
        const QMutexLocker lock(&s.mutex);
        const QString clean = PersonalDataFilter::scrub(message);
        const QDateTime now = QDateTime::currentDateTime();
        const QString category = context.category && qstrcmp(context.category, "default") != 0
                                     ? QStringLiteral("[%1] ").arg(QLatin1String(context.category))
                                     : QString();
        const QByteArray line = QStringLiteral("%1 %2 %3%4\n")
                                    .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
                                    .arg(QLatin1Char(letter(type)))
                                    .arg(category, clean)
                                    .toUtf8();
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();
        }
        if (type != QtDebugMsg && type != QtInfoMsg) {
            s.recent << now.toString(QStringLiteral("HH:mm:ss ")) + category + clean;
            while (s.recent.size() > recentErrorLimit)
                s.recent.removeFirst();
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

QString defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs"));
}

void install(const QString& folder, qint64 maxBytes, int keep)
{
    State& s = state();
    {
        const QMutexLocker lock(&s.mutex);
        if (s.file.isOpen())
            s.file.close();
        s.folder = folder;
        s.maxBytes = std::max<qint64>(4096, maxBytes);
        s.keep = std::max(1, keep);
        QDir().mkpath(folder);
        openCurrent(s);
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
}

void uninstall()
{
    State& s = state();
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    const QMutexLocker lock(&s.mutex);
    s.file.close();
    s.folder.clear();
    s.recent.clear();
}

bool isInstalled()
{
    return state().installed;
}

QString filePath()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    return s.folder.isEmpty() ? QString() : logPath(s);
}

QStringList recentErrors()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    return s.recent;
}

QString tail(qint64 maxBytes)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    if (s.folder.isEmpty())
        return {};
    QByteArray text;
    for (int g = 0; g <= 1 && text.size() < maxBytes; ++g) {
        QFile f(logPath(s, g));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const qint64 want = maxBytes - text.size();
        if (f.size() > want)
            f.seek(f.size() - want);
        text.prepend(f.readAll());
    }
    // Start at a whole line, never in the middle of a character.
    if (text.size() >= maxBytes) {
        const qsizetype newline = text.indexOf('\n');
        if (newline >= 0)
            text = text.mid(newline + 1);
    }
    return QString::fromUtf8(text);
}

} // namespace ApplicationLog
