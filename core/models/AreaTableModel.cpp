#include "AreaTableModel.h"

#include <QSqlError>
#include <QSqlQuery>

AreaTableModel::AreaTableModel(AreaTables::Table table, QObject* parent)
    : QSqlQueryModel(parent)
    , m_table(table)
    , m_spec(AreaTables::spec(table))
{
}

void AreaTableModel::setDatabase(const QSqlDatabase& db)
{
    m_connectionName = db.connectionName();
    refresh();
}

void AreaTableModel::setSearchText(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    refresh();
}

QString AreaTableModel::whereClause() const
{
    if (m_search.isEmpty())
        return {};
    QStringList matches;
    for (const QString& column : m_spec.searchColumns)
        matches << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    return QStringLiteral(" WHERE ") + matches.join(QStringLiteral(" OR "));
}

void AreaTableModel::bindSearch(QSqlQuery& query) const
{
    if (m_search.isEmpty())
        return;
    QString escaped = m_search;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    for (qsizetype i = 0; i < m_spec.searchColumns.size(); ++i)
        query.addBindValue(pattern);
}

void AreaTableModel::refresh()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        clear();
        return;
    }
    // The sort column is a number we produce, never user text.
    QString order;
    if (m_sortColumn >= 0)
        order = QStringLiteral(" ORDER BY %1 %2").arg(m_sortColumn + 1).arg(m_sortOrder == Qt::AscendingOrder
                                                                                ? QStringLiteral("ASC")
                                                                                : QStringLiteral("DESC"));
    else if (!m_spec.naturalOrder.isEmpty())
        order = QStringLiteral(" ORDER BY ") + m_spec.naturalOrder;
    QSqlQuery query(db);
    query.prepare(m_spec.select + whereClause() + order);
    bindSearch(query);
    if (!query.exec()) {
        emit failed(query.lastError().text());
        clear();
        return;
    }
    // QSqlQueryModel fetches its first rows inside its own reset, announcing inserted rows in the
    // middle of a reset; views cope, the model contract does not. Fetch once the reset is over.
    m_resetting = true;
    setQuery(std::move(query));
    m_resetting = false;
    fetchMore();
    for (int column = 0; column < m_spec.headers.size(); ++column)
        setHeaderData(column, Qt::Horizontal, m_spec.headers[column]);
}

qint64 AreaTableModel::matchingRowCount() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + m_spec.select + whereClause() + QLatin1Char(')'));
    bindSearch(query);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void AreaTableModel::fetchMore(const QModelIndex& parent)
{
    // Not inside a reset, and not again from a slot of the rows we are inserting right now;
    // a view simply asks again when it needs more rows.
    if (m_resetting || m_fetching)
        return;
    m_fetching = true;
    QSqlQueryModel::fetchMore(parent);
    m_fetching = false;
}

void AreaTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_spec.headers.size())
        return;
    column = std::max(column, -1); // -1: the table's natural order
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole) {
        const auto kind = m_spec.labels.value(index.column(), DomainLabels::None);
        if (kind != DomainLabels::None)
            return DomainLabels::label(kind, QSqlQueryModel::data(index, role).toString());
    }
    if (role == Qt::TextAlignmentRole) {
        const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
        const int type = value.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QSqlQueryModel::data(index, role);
}
