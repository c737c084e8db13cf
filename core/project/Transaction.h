#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite write transaction. It takes the write lock at begin (BEGIN IMMEDIATE), so a busy
// file fails before any work is done, and rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();

    // The SQLite result code of the last failure, to tell "disk full" from other errors.
    int lastErrorCode() const { return m_lastErrorCode; }

private:
    bool run(const QString& sql, QString* error);

    QSqlDatabase m_db;
    bool m_open = false;
    int m_lastErrorCode = 0;
};
