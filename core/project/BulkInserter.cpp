#include "BulkInserter.h"

#include <sqlite3.h>

BulkInserter::BulkInserter(sqlite3* db, const char* sql)
    : m_db(db)
{
    m_errorCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (m_errorCode != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_statement = nullptr;
    }
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

BulkInserter& BulkInserter::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_statement, column, value);
    return *this;
}

BulkInserter& BulkInserter::bind(int column, double value)
{
    sqlite3_bind_double(m_statement, column, value);
    return *this;
}

BulkInserter& BulkInserter::bind(int column, const QString& value)
{
    return bindText(column, value.toUtf8());
}

BulkInserter& BulkInserter::bindText(int column, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInserter& BulkInserter::bindBlob(int column, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkInserter& BulkInserter::bindNull(int column)
{
    sqlite3_bind_null(m_statement, column);
    return *this;
}

bool BulkInserter::insert()
{
    m_errorCode = sqlite3_step(m_statement);
    const bool ok = m_errorCode == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 BulkInserter::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
