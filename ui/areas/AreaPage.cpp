#include "AreaPage.h"

#include "TablePanel.h"
#include "models/AreaTableModel.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QVBoxLayout>

AreaPage::AreaPage(const QString& title, const QString& description, const QList<AreaTables::Table>& tables,
                   QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* about = new QLabel(description, this);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    if (tables.size() == 1) {
        auto* panel = new TablePanel(tables.first(), this);
        m_panels << panel;
        layout->addWidget(panel, 1);
    } else {
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        for (AreaTables::Table table : tables) {
            auto* panel = new TablePanel(table, m_tabs);
            m_panels << panel;
            m_tabs->addTab(panel, AreaTables::title(table));
        }
        layout->addWidget(m_tabs, 1);
    }
}

void AreaPage::addViewTab(QWidget* view, const QString& title)
{
    if (!m_tabs) {
        // A page of one table gets its tabs now, the table first.
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        if (!m_panels.isEmpty()) {
            TablePanel* panel = m_panels.first();
            delete layout()->replaceWidget(panel, m_tabs);
            m_tabs->addTab(panel, AreaTables::title(panel->model()->table()));
        } else {
            layout()->addWidget(m_tabs);
        }
        static_cast<QVBoxLayout*>(layout())->setStretchFactor(m_tabs, 1);
    }
    m_tabs->addTab(view, title);
}

void AreaPage::setDatabase(const QSqlDatabase& db)
{
    m_connectionName = db.connectionName();
    m_loaded = false;
    if (m_connectionName.isEmpty())
        emit databaseChanged(QSqlDatabase()); // the programme closed: views let go of it now
    else if (isVisible())
        load();
}

void AreaPage::refresh()
{
    // A hidden page catches up when it is shown; re-querying every table after each edit of
    // another area would be work nobody sees.
    if (!isVisible()) {
        m_stale = m_loaded;
        return;
    }
    m_stale = false;
    if (!m_loaded)
        return;
    for (TablePanel* panel : m_panels)
        panel->refresh();
    emit refreshRequested();
}

void AreaPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        load();
    else if (m_stale)
        refresh();
}

void AreaPage::load()
{
    if (m_connectionName.isEmpty())
        return;
    m_loaded = true;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (TablePanel* panel : m_panels)
        panel->setDatabase(db);
    emit databaseChanged(db);
}
