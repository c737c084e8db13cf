#include "TablePanel.h"

#include "FilterBar.h"
#include "models/AreaTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

TablePanel::TablePanel(AreaTables::Table table, QWidget* parent)
    : QWidget(parent)
    , m_model(new AreaTableModel(table, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_actions(new QToolBar(this))
    , m_split(new QSplitter(this))
{
    m_search->setPlaceholderText(tr("Search %1…").arg(AreaTables::title(table).toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));

    m_view->setModel(m_model);
    // Start in the table's natural order (no column sorted); a click sorts ascending first.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_count->setObjectName(QStringLiteral("rowCount"));

    auto* stack = new QStackedLayout;
    stack->addWidget(m_view);
    stack->addWidget(m_empty);

    // The table with its search, filters and count; a side widget may join it on the left.
    auto* body = new QWidget(m_split);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_search);
    if (auto* filters = new FilterBar(m_model->spec().filters, this); !filters->isEmpty()) {
        m_filters = filters;
        bodyLayout->addWidget(filters);
        connect(filters, &FilterBar::changed, m_model, &AreaTableModel::setFilters);
    } else {
        delete filters;
    }
    bodyLayout->addLayout(stack, 1);
    bodyLayout->addWidget(m_count);
    m_split->addWidget(body);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->hide();
    layout->addWidget(m_actions);
    layout->addWidget(m_split, 1);

    // Search as the user types, but not on every key of a fast typist.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    // Every new query (search, filter, sort, refresh) resets the model: the count follows it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    // Rows arrive after a reset (fetched in pages), so the empty state follows inserts too.
    auto updateEmptyState = [this, stack] {
        const bool empty = m_model->rowCount() == 0;
        const QString things = AreaTables::title(m_model->table()).toLower();
        if (m_model->hasFilters())
            m_empty->setText(m_model->searchText().isEmpty()
                                 ? tr("No %1 match the filters.").arg(things)
                                 : tr("No %1 match “%2” with these filters.").arg(things, m_model->searchText()));
        else
            m_empty->setText(m_model->searchText().isEmpty() ? tr("Nothing here yet: this programme has no %1.").arg(things)
                                                             : tr("No %1 match “%2”.").arg(things, m_model->searchText()));
        stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateEmptyState);
}

void TablePanel::setDatabase(const QSqlDatabase& db)
{
    // Another programme: the filters of the last one mean nothing in it.
    if (m_filters)
        m_filters->reset();
    QVariantHash none;
    for (const AreaTables::Filter& filter : m_model->spec().filters)
        none.insert(filter.name, QVariant());
    m_model->setFilters(none);
    m_model->setDatabase(db);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 380));
    updateFilterChoices();
    emit loaded();
}

void TablePanel::updateFilterChoices()
{
    if (!m_filters)
        return;
    for (const AreaTables::Filter& filter : m_model->spec().filters)
        if (!filter.label.isEmpty())
            m_filters->setChoices(filter.name, m_model->filterChoices(filter.name));
}

void TablePanel::setSideWidget(QWidget* widget)
{
    m_split->insertWidget(0, widget);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({280, 900});
}

void TablePanel::refresh()
{
    // Keep the user's row selected across the refresh, found again by its key (the first column).
    const QString selected = selectedValue(0);
    const int column = std::max(0, m_view->currentIndex().column());
    updateFilterChoices();
    m_model->refresh();
    if (!selected.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(Qt::EditRole).toString() == selected) {
                m_view->setCurrentIndex(m_model->index(row, column));
                break;
            }
        }
    }
    emit refreshed();
}

void TablePanel::updateCount()
{
    const qint64 total = m_model->totalRowCount();
    if (m_model->searchText().isEmpty() && !m_model->hasFilters()) {
        m_count->setText(tr("%Ln row(s)", nullptr, int(total)));
        return;
    }
    const qint64 count = m_model->matchingRowCount();
    // "12 of 1462 rows match": the plural is the one the plain count uses.
    m_count->setText(tr("%1 of %2 match").arg(QLocale().toString(count)).arg(tr("%Ln row(s)", nullptr, int(total))));
}

void TablePanel::addTableAction(QAction* action)
{
    m_actions->addAction(action);
    if (action->menu())
        if (auto* button = qobject_cast<QToolButton*>(m_actions->widgetForAction(action)))
            button->setPopupMode(QToolButton::InstantPopup);
    m_actions->show();
}

QString TablePanel::selectedValue(int column) const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->index(current.row(), column).data(Qt::EditRole).toString() : QString();
}
