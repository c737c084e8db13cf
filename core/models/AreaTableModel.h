#pragma once

#include "AreaTables.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// A read-only, searchable, filterable, sortable table of one area's data. A search, filter or
// sort reads the matching rows' keys in their order in one statement (200,000 visits take a few
// tens of milliseconds); the columns are read a page at a time as the view shows them. No
// statement stays open between events, so a worker thread's connection can write to the file
// at any time (SQLite's rollback journal lets a writer commit only when no reader is mid-way).
// Search, filters and sort are done by SQLite with bound values.
class AreaTableModel : public QAbstractTableModel
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
    // Number of matching rows, and of all rows.
    qint64 matchingRowCount() const { return m_keys.size(); }
    qint64 totalRowCount() const;
    // The identity of a row (its table's id, see AreaTables::rowKey), and the row of an identity
    // (-1: not among the matching rows).
    qint64 keyAt(int row) const { return row >= 0 && row < m_keys.size() ? m_keys[row] : -1; }
    int rowOfKey(qint64 key) const;
    // Reads the data again (it changed).
    void refresh();
    // Forgets the file: no rows until setDatabase().
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void failed(const QString& message);

private:
    void select(); // the keys again, for a new search, filter or order
    QString whereClause() const;
    void bindWhere(class QSqlQuery& query) const;
    // The selected columns of the row, read with its page when first shown.
    const QVariantList* row(int row) const;

    AreaTables::Table m_table;
    AreaTables::Spec m_spec;
    QString m_rowKey; // the SQL expression that identifies a row
    QString m_connectionName;
    QString m_search;
    QVariantHash m_filters; // name -> value, only the filters in use
    int m_sortColumn = -1; // -1: the table's natural order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable qint64 m_total = -1; // all rows; -1: not counted since the data changed
    QList<qint64> m_keys;        // the matching rows, in order
    mutable QHash<qint64, int> m_rowOfKey; // built when first asked, after each new set of keys
    // Pages of rows read so far (page number -> its rows); the oldest go when there are many.
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageAge; // least recently read first
};
