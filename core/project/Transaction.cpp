#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::run(const QString& sql, QString* error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastErrorCode = query.lastError().nativeErrorCode().toInt();
    if (error)
        *error = query.lastError().databaseText();
    return false;
}

bool Transaction::begin(QString* error)
{
    m_open = run(QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_open;
}

bool Transaction::commit(QString* error)
{
    if (!m_open)
        return false;
    if (!run(QStringLiteral("COMMIT"), error))
        return false;
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    run(QStringLiteral("ROLLBACK"), nullptr);
    m_open = false;
}
