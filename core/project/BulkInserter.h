#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One prepared INSERT run many times through SQLite's C API. Used where millions of rows are
// written (the demo generator); binding through QSqlQuery would cost several times as much per
// row. Values are always bound, never pasted into the SQL.
class BulkInserter
{
public:
    BulkInserter(sqlite3* db, const char* sql);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    BulkInserter& bind(int column, qint64 value);
    BulkInserter& bind(int column, int value) { return bind(column, qint64(value)); }
    BulkInserter& bind(int column, double value);
    BulkInserter& bind(int column, const QString& value);
    BulkInserter& bindText(int column, const QByteArray& utf8);
    BulkInserter& bindBlob(int column, const QByteArray& bytes);
    BulkInserter& bindNull(int column);
    // Runs the statement and resets it for the next row; false (with error()) when it failed.
    bool insert();
    // The same for an UPDATE or DELETE prepared here (run for many rows as well).
    bool execute() { return insert(); }
    qint64 lastInsertId() const;
    QString error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
};
