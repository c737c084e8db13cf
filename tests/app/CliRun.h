#pragma once

#include <QString>
#include <QStringList>

// What shopscope-cli printed and returned.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real shopscope-cli with English messages and C number formats, whatever the
// machine's language, and waits for it (a test fails if it hangs).
CliResult runCli(const QStringList& arguments);
