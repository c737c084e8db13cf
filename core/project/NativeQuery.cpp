#include "NativeQuery.h"

#include "ProjectConnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

NativeQuery::NativeQuery(const QSqlDatabase& db, const char* sql)
    : m_db(ProjectConnection::handleOf(db))
{
    if (!m_db) {
        m_error = QStringLiteral("the project file is not open");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_statement);
}

NativeQuery& NativeQuery::bind(int parameter, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, parameter, value);
    return *this;
}

NativeQuery& NativeQuery::bind(int parameter, const QString& value)
{
    if (m_statement) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool NativeQuery::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool NativeQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 NativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double NativeQuery::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString NativeQuery::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView NativeQuery::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

NativeQuery& NativeQuery::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    return *this;
}
