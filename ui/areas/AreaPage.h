#pragma once

#include "models/AreaTables.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QTabWidget;
class TablePanel;

// One area of a programme in the navigator (e.g. "Locations & scenarios"): a heading, a line
// that says what the area is for, and its tables. Tables load when the page is first shown.
// Other views of the area (a summary, a chart) join the tables as tabs of their own.
class AreaPage : public QWidget
{
    Q_OBJECT

public:
    AreaPage(const QString& title, const QString& description, const QList<AreaTables::Table>& tables,
             QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    void refresh();
    QList<TablePanel*> panels() const { return m_panels; }
    QString title() const { return m_title; }
    QTabWidget* tabs() const { return m_tabs; } // null while the page shows one table alone

    // Adds a tab beside the tables for a view of the area's data. Like a table, the view has
    // setDatabase(const QSqlDatabase&) (called when the page loads, and with no database when the
    // programme closes) and refresh() (called when the data changed and the page is in sight).
    template<typename View>
    void addTab(View* view, const QString& title)
    {
        addViewTab(view, title);
        connect(this, &AreaPage::databaseChanged, view, &View::setDatabase);
        connect(this, &AreaPage::refreshRequested, view, &View::refresh);
    }

signals:
    void databaseChanged(const QSqlDatabase& db);
    void refreshRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void addViewTab(QWidget* view, const QString& title);

    QString m_title;
    QList<TablePanel*> m_panels;
    QTabWidget* m_tabs = nullptr;
    QString m_connectionName;
    bool m_loaded = false;
    bool m_stale = false; // data changed while the page was hidden
};
