#include "Terminal.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace Terminal {

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return ::isatty(STDIN_FILENO);
#endif
}

bool readSecret(const QString& prompt, QString* secret)
{
#ifdef Q_OS_WIN
    HANDLE in =
        CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE)
        return false;
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::wstring text;
    wchar_t c = 0;
    DWORD read = 0;
    while (ReadConsoleW(in, &c, 1, &read, nullptr) && read == 1 && c != L'\r' && c != L'\n')
        text.push_back(c);
    SetConsoleMode(in, mode);
    CloseHandle(in);
    std::fputs("\n", stderr);
    *secret = QString::fromStdWString(text);
    return true;
#else
    // The controlling terminal itself, like passwd and ssh: standard input may be a pipe of data.
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (fd < 0)
        return false;
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray question = prompt.toLocal8Bit();
    (void)!::write(fd, question.constData(), size_t(question.size()));
    std::string text;
    char c = 0;
    bool any = false;
    while (::read(fd, &c, 1) == 1) {
        any = true;
        if (c == '\n' || c == '\r')
            break;
        text.push_back(c);
    }
    if (isTty)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    *secret = QString::fromLocal8Bit(text.data(), qsizetype(text.size()));
    std::fill(text.begin(), text.end(), '\0');
    return any;
#endif
}

bool readLine(QString* line)
{
    std::string text;
    if (!std::getline(std::cin, text))
        return false;
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    *line = QString::fromUtf8(text.data(), qsizetype(text.size()));
    std::fill(text.begin(), text.end(), '\0');
    return true;
}

} // namespace Terminal
