#include "AreaTableModel.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
constexpr int kPageRows = 128;
constexpr int kKeptPages = 64; // 8,192 rows in memory at most
} // namespace

AreaTableModel::AreaTableModel(AreaTables::Table table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_table(table)
    , m_spec(AreaTables::spec(table))
    , m_rowKey(AreaTables::rowKey(table))
{
    Q_ASSERT(m_spec.select.startsWith(QLatin1String("SELECT ")));
}

void AreaTableModel::setDatabase(const QSqlDatabase& db)
{
    m_connectionName = db.connectionName();
    refresh();
}

void AreaTableModel::clear()
{
    m_connectionName.clear();
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
    QList<qint64> keys;
    const QSqlDatabase db = database();
    if (db.isOpen()) {
        // The row's key goes first; the sort column is a number we produce, never user text. The
        // outer query keeps the inner one's order and lets SQLite skip the columns it does not sort by.
        const QString keyed = QStringLiteral("SELECT %1 AS area_key, ").arg(m_rowKey) + m_spec.select.mid(7);
        QString order;
        if (m_sortColumn >= 0)
            order = QStringLiteral(" ORDER BY %1 %2, 1").arg(m_sortColumn + 2).arg(m_sortOrder == Qt::AscendingOrder
                                                                                    ? QStringLiteral("ASC")
                                                                                    : QStringLiteral("DESC"));
        else if (!m_spec.naturalOrder.isEmpty())
            order = QStringLiteral(" ORDER BY ") + m_spec.naturalOrder + QStringLiteral(", 1");
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT area_key FROM (") + keyed + whereClause() + order + QLatin1Char(')'));
        bindWhere(query);
        if (query.exec()) {
            while (query.next())
                keys.append(query.value(0).toLongLong());
        } else {
            emit failed(query.lastError().text());
        }
    }
    beginResetModel();
    m_keys = std::move(keys);
    m_rowOfKey.clear();
    m_pages.clear();
    m_pageAge.clear();
    endResetModel();
}

qint64 AreaTableModel::totalRowCount() const
{
    // A search or a filter leaves the total as it was: it is counted once per change of the data.
    if (m_total >= 0)
        return m_total;
    if (m_search.isEmpty() && m_filters.isEmpty())
        return m_total = m_keys.size();
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return 0;
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM (") + m_spec.select + QLatin1Char(')'), db);
    m_total = query.next() ? query.value(0).toLongLong() : 0;
    return m_total;
}

const QVariantList* AreaTableModel::row(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const int page = row / kPageRows;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageRows;
        const int last = std::min<int>(first + kPageRows, int(m_keys.size()));
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1, ").arg(m_rowKey) + m_spec.select.mid(7)
                      + QStringLiteral(" WHERE %1 IN (%2)").arg(m_rowKey, QStringList(last - first, QStringLiteral("?")).join(QLatin1Char(','))));
        for (int i = first; i < last; ++i)
            query.addBindValue(m_keys[i]);
        QHash<qint64, QVariantList> byKey;
        if (query.exec()) {
            const int columns = int(m_spec.headers.size());
            while (query.next()) {
                QVariantList values;
                values.reserve(columns);
                for (int column = 0; column < columns; ++column)
                    values.append(query.value(column + 1));
                byKey.insert(query.value(0).toLongLong(), std::move(values));
            }
        }
        // A row deleted since the keys were read shows empty until the next refresh.
        QList<QVariantList> rows;
        rows.reserve(last - first);
        for (int i = first; i < last; ++i)
            rows.append(byKey.value(m_keys[i]));
        if (m_pages.size() >= kKeptPages)
            m_pages.remove(m_pageAge.takeFirst());
        it = m_pages.insert(page, std::move(rows));
    } else {
        m_pageAge.removeOne(page);
    }
    m_pageAge.append(page);
    return &(*it)[row - page * kPageRows];
}

int AreaTableModel::rowOfKey(qint64 key) const
{
    // A refresh keeps every selected row selected: one lookup each, not a scan each.
    if (m_rowOfKey.isEmpty() && !m_keys.isEmpty()) {
        m_rowOfKey.reserve(m_keys.size());
        for (int row = 0; row < m_keys.size(); ++row)
            m_rowOfKey.insert(m_keys[row], row);
    }
    return m_rowOfKey.value(key, -1);
}

int AreaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AreaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.headers.size());
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_spec.headers.size())
        return m_spec.headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole
                                                               && role != Qt::TextAlignmentRole))
        return {};
    const QVariantList* values = row(index.row());
    const QVariant value = values ? values->value(index.column()) : QVariant();
    const auto kind = m_spec.labels.value(index.column(), DomainLabels::None);
    if (role == Qt::TextAlignmentRole) {
        if (kind == DomainLabels::Check)
            return QVariant(Qt::AlignCenter);
        const int type = value.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole && kind != DomainLabels::None)
        return DomainLabels::label(kind, value.toString());
    return value;
}
