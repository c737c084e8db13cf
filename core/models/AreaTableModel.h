#pragma once

#include "AreaTables.h"

#include <QSqlQueryModel>

// A read-only, searchable, filterable, sortable table of one area's data. Rows are fetched as the
// view scrolls (QSqlQueryModel's lazy fetching), so 200,000 visits open at once; search, filters
// and sort are done by SQLite with bound values.
class AreaTableModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    AreaTableModel(AreaTables::Table table, QObject* parent = nullptr);

    AreaTables::Table table() const { return m_table; }
    const AreaTables::Spec& spec() const { return m_spec; }
    void setDatabase(const QSqlDatabase& db);
    QSqlDatabase database() const;
    QString searchText() const { return m_search; }
    void setSearchText(const QString& text);
    // The filters of the table's spec, combined with the search and with each other; an invalid
    // value removes a filter. Several set at once query the file once.
    void setFilter(const QString& name, const QVariant& value);
    void setFilters(const QVariantHash& values);
    QVariant filter(const QString& name) const { return m_filters.value(name); }
    bool hasFilters() const { return !m_filters.isEmpty(); }
    // A filter's choices as (label, value): those the file holds, then the fixed ones.
    QList<std::pair<QString, QVariant>> filterChoices(const QString& name) const;
    // Number of matching rows (not only those fetched so far), and of all rows.
    qint64 matchingRowCount() const;
    qint64 totalRowCount() const;
    // Reads the data again (it changed).
    void refresh();

    void sort(int column, Qt::SortOrder order) override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    void select(); // the query again, for a new search, filter or order
    QString whereClause() const;
    void bindWhere(QSqlQuery& query) const;
    qint64 count(bool filtered) const;

    AreaTables::Table m_table;
    AreaTables::Spec m_spec;
    QString m_connectionName;
    QString m_search;
    QVariantHash m_filters; // name -> value, only the filters in use
    int m_sortColumn = -1; // -1: the table's natural order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable qint64 m_total = -1; // all rows; -1: not counted since the data changed
    bool m_resetting = false;
    bool m_fetching = false;
};
