#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

// A temporary folder for one test, with helpers to make files in it.
class TestFolder
{
public:
    TestFolder();
    QString path(const QString& name) const;
    // Writes raw bytes to a file (for files that are not projects).
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    // A demo programme (small preset, fixed seed and date), generated once per test run and copied.
    QString demoCopy(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// The first accepted MORTGAGE visit of a demo copy without a report yet: one to type a report for.
qint64 visitAwaitingReport(const QString& file);
// Runs one scalar query on a file through its own connection (independent of the code under test).
QVariant scalar(const QString& file, const QString& sql);
// Executes statements on a file with foreign keys off, to damage it on purpose.
void tamper(const QString& file, const QString& sql);
