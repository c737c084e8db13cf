#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One SELECT read through SQLite's C API, for loaders that read hundreds of thousands of rows
// (the assignment engine reads a whole panel): QSqlQuery costs several times as much per value.
// Values are always bound, never pasted into the SQL.
class NativeQuery
{
public:
    NativeQuery(const QSqlDatabase& db, const char* sql);
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    NativeQuery& bind(int parameter, qint64 value);
    NativeQuery& bind(int parameter, const QString& value);
    // Back to before the first row, to run again with new bound values.
    NativeQuery& reset();
    // Steps to the next row; false at the end or on an error (then error() is set).
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // A blob's bytes, valid until the next step (no copy).
    QByteArrayView blob(int column) const;

    QString error() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};
