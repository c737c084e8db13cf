#include "PlanSummaryModel.h"

#include "models/DomainLabels.h"

#include <QFont>
#include <QLocale>
#include <algorithm>
#include <numeric>

QColor PlanSummaryModel::tooSmallColour()
{
    return QColor(0xFF, 0xE0, 0x99); // amber: a warning, not an error
}

PlanSummaryModel::PlanSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PlanSummaryModel::setSummary(const PlanSummary& summary)
{
    beginResetModel();
    if (summary.by != m_summary.by)
        m_sortColumn = -1; // other columns: the old sort means nothing now
    m_summary = summary;
    m_keys.clear();
    for (PlanSummary::Dimension dimension : PlanSummary::allDimensions()) {
        if (!summary.by.testFlag(dimension))
            continue;
        switch (dimension) {
        case PlanSummary::Wave:
            m_keys << WaveKey;
            break;
        case PlanSummary::Region:
            m_keys << CountryKey << RegionKey;
            break;
        case PlanSummary::Scenario:
            m_keys << ScenarioKey;
            break;
        case PlanSummary::Channel:
            m_keys << ChannelKey;
            break;
        case PlanSummary::Location:
            m_keys << LocationKey << LocationNameKey;
            break;
        }
    }
    orderRows();
    endResetModel();
}

void PlanSummaryModel::clear()
{
    setSummary(PlanSummary());
}

const PlanSummary::Cell& PlanSummaryModel::cellAt(int row) const
{
    return isTotalRow(row) ? m_summary.total : m_summary.cells.at(m_order.at(row));
}

int PlanSummaryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_summary.cells.isEmpty())
        return 0;
    return int(m_order.size()) + 1;
}

int PlanSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + 4;
}

QString PlanSummaryModel::keyText(const PlanSummary::Cell& cell, Key key) const
{
    switch (key) {
    case WaveKey:
        return cell.waveCode;
    case CountryKey:
        return cell.country;
    case RegionKey:
        return cell.regionId ? cell.region : tr("(no region)");
    case ScenarioKey:
        return cell.scenarioCode;
    case ChannelKey:
        return DomainLabels::label(DomainLabels::Channel, cell.channel);
    case LocationKey:
        return cell.locationCode;
    case LocationNameKey:
        return cell.locationName;
    }
    return {};
}

QVariant PlanSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = isTotalRow(row);
    const PlanSummary::Cell& cell = cellAt(row);
    const int figure = column - int(m_keys.size()); // < 0 for a key column
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        if (figure < 0) {
            if (total)
                return column == 0 ? tr("Total") : QString();
            return keyText(cell, m_keys.at(column));
        }
        switch (Figure(figure)) {
        case Visits:
            return locale.toString(cell.visits);
        case Budget:
            return locale.toString(cell.budget, 'f', 2);
        case Precision:
            return cell.margin ? tr("±%1 pts").arg(locale.toString(*cell.margin * 100.0, 'f', 1))
                               : QStringLiteral("—");
        case Note:
            return cell.tooSmall ? tr("⚠ Too small to report") : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (figure >= 0 && figure != Note)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (cell.tooSmall)
            return tooSmallColour();
        return {};
    case Qt::ForegroundRole:
        if (cell.tooSmall) // dark text on amber, whatever the colour scheme
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (total || figure >= 0) {
            if (cell.tooSmall)
                return tr("%1 visits: fewer than the programme's small-base threshold of %2, too few "
                          "to report on their own. Merge it with others or plan more visits.")
                    .arg(locale.toString(cell.visits))
                    .arg(m_summary.smallBaseThreshold);
            return {};
        }
        switch (m_keys.at(column)) {
        case WaveKey:
            return cell.waveName;
        case ScenarioKey:
            return cell.scenarioTitle;
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, column);
    case TooSmallRole:
        return cell.tooSmall;
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant PlanSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int figure = section - int(m_keys.size());
    if (role == Qt::DisplayRole) {
        if (figure < 0) {
            switch (m_keys.at(section)) {
            case WaveKey:
                return tr("Wave");
            case CountryKey:
                return tr("Country");
            case RegionKey:
                return tr("Region");
            case ScenarioKey:
                return tr("Scenario");
            case ChannelKey:
                return tr("Channel");
            case LocationKey:
                return tr("Location");
            case LocationNameKey:
                return tr("Location name");
            }
        }
        switch (Figure(figure)) {
        case Visits:
            return tr("Visits");
        case Budget:
            return tr("Budget");
        case Precision:
            return tr("Precision");
        case Note:
            return tr("Report");
        }
    }
    if (role == Qt::ToolTipRole && figure >= 0) {
        switch (Figure(figure)) {
        case Visits:
            return tr("Planned visits: every visit of the cell that is not cancelled.");
        case Budget:
            return tr(
                "The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were "
                "entered in.");
        case Precision:
            return tr(
                "The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this "
                "many visits.");
        case Note:
            return tr("Whether the cell has enough visits to report on its own.");
        }
    }
    if (role == Qt::TextAlignmentRole && figure >= 0 && figure != Note)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlanSummaryModel::sortValue(int row, int column) const
{
    const PlanSummary::Cell& cell = cellAt(row);
    const int figure = column - int(m_keys.size());
    if (figure < 0)
        return keyText(cell, m_keys.at(column));
    switch (Figure(figure)) {
    case Visits:
        return cell.visits;
    case Budget:
        return cell.budget;
    case Precision:
        return cell.margin.value_or(0.0);
    case Note:
        return cell.tooSmall;
    }
    return {};
}

void PlanSummaryModel::orderRows()
{
    m_order.clear();
    if (m_keys.isEmpty())
        return; // the total is the only row
    for (int i = 0; i < m_summary.cells.size(); ++i)
        m_order << i;
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        return;
    const int column = m_sortColumn;
    const bool textual = column < int(m_keys.size());
    // Rows are compared through their position in the natural order, which breaks ties.
    QList<int> rows(m_order.size());
    std::vector<QVariant> values;
    values.reserve(size_t(m_order.size()));
    for (int row = 0; row < m_order.size(); ++row)
        values.push_back(sortValue(row, column));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant& left = values[size_t(a)];
        const QVariant& right = values[size_t(b)];
        const int order = textual
            ? left.toString().localeAwareCompare(right.toString())
            : (left.toDouble() < right.toDouble() ? -1 : left.toDouble() > right.toDouble());
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
    QList<int> sorted;
    sorted.reserve(rows.size());
    for (int row : rows)
        sorted << m_order.at(row);
    m_order = sorted;
}

void PlanSummaryModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the selection) follow their cells to the new rows.
    const QModelIndexList before = persistentIndexList();
    QList<int> cellsBefore;
    for (const QModelIndex& index : before)
        cellsBefore << (isTotalRow(index.row()) ? -1 : m_order.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    orderRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = cellsBefore.at(i) < 0 ? int(m_order.size()) : int(m_order.indexOf(cellsBefore.at(i)));
        after << index(row, before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
