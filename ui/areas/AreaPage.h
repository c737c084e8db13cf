#pragma once

#include "models/AreaTables.h"

#include <QList>
#include <QWidget>

class QSqlDatabase;
class QTabWidget;
class TablePanel;

// One area of a programme in the navigator (e.g. "Locations & scenarios"): a heading, a line
// that says what the area is for, and its tables. Tables load when the page is first shown.
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();

    QString m_title;
    QList<TablePanel*> m_panels;
    QString m_connectionName;
    bool m_loaded = false;
    bool m_stale = false; // data changed while the page was hidden
};
