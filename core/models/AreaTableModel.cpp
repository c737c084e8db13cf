#include "AreaTableModel.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
    select();
}

QSqlDatabase AreaTableModel::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void AreaTableModel::setFilter(const QString& name, const QVariant& value)
{
    setFilters({{name, value}});
}

void AreaTableModel::setFilters(const QVariantHash& values)
{
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool known = std::any_of(m_spec.filters.cbegin(), m_spec.filters.cend(),
                                       [&](const AreaTables::Filter& filter) { return filter.name == it.key(); });
        Q_ASSERT_X(known, "AreaTableModel::setFilters", qPrintable(it.key()));
        if (!known || m_filters.value(it.key()) == it.value())
            continue;
        if (it.value().isValid())
            m_filters.insert(it.key(), it.value());
        else
            m_filters.remove(it.key());
        changed = true;
    }
    if (changed)
        select();
}

QList<std::pair<QString, QVariant>> AreaTableModel::filterChoices(const QString& name) const
{
    QList<std::pair<QString, QVariant>> choices;
    for (const AreaTables::Filter& filter : m_spec.filters) {
        if (filter.name != name)
            continue;
        if (!filter.choicesQuery.isEmpty()) {
            // A file that cannot answer simply offers the fixed choices.
            QSqlQuery query(filter.choicesQuery, database());
            while (query.next())
                choices.append({DomainLabels::label(filter.choiceLabels, query.value(1).toString()), query.value(0)});
        }
        choices += filter.fixedChoices;
    }
    return choices;
}

QString AreaTableModel::whereClause() const
{
    QStringList conditions;
    if (!m_search.isEmpty()) {
        QStringList matches;
        for (const QString& column : m_spec.searchColumns)
            matches << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // Conditions come from the spec, never from the user; their values are bound.
    for (const AreaTables::Filter& filter : m_spec.filters)
        if (m_filters.contains(filter.name))
            conditions << QLatin1Char('(') + filter.condition + QLatin1Char(')');
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void AreaTableModel::bindWhere(QSqlQuery& query) const
{
    if (!m_search.isEmpty()) {
        QString escaped = m_search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        for (qsizetype i = 0; i < m_spec.searchColumns.size(); ++i)
            query.addBindValue(pattern);
    }
    for (const AreaTables::Filter& filter : m_spec.filters)
        if (m_filters.contains(filter.name))
            for (qsizetype i = 0; i < filter.condition.count(QLatin1Char('?')); ++i)
                query.addBindValue(m_filters.value(filter.name));
}

void AreaTableModel::refresh()
{
    m_total = -1; // the data changed: count it again when asked
    select();
}

void AreaTableModel::select()
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
    bindWhere(query);
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
    return count(true);
}

qint64 AreaTableModel::totalRowCount() const
{
    // A search or a filter leaves the total as it was: it is counted once per change of the data.
    if (m_total < 0)
        m_total = count(false);
    return m_total;
}

qint64 AreaTableModel::count(bool filtered) const
{
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + m_spec.select + (filtered ? whereClause() : QString())
                  + QLatin1Char(')'));
    if (filtered)
        bindWhere(query);
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
    select();
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole) {
        const auto kind = m_spec.labels.value(index.column(), DomainLabels::None);
        if (kind != DomainLabels::None)
            return DomainLabels::label(kind, QSqlQueryModel::data(index, role).toString());
    }
    if (role == Qt::TextAlignmentRole) {
        if (m_spec.labels.value(index.column(), DomainLabels::None) == DomainLabels::Check)
            return QVariant(Qt::AlignCenter);
        const QVariant value = QSqlQueryModel::data(index, Qt::DisplayRole);
        const int type = value.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QSqlQueryModel::data(index, role);
}
