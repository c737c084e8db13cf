#include "FilterBar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QToolButton>

FilterBar::FilterBar(const QList<AreaTables::Filter>& filters, QWidget* parent)
    : QWidget(parent)
    , m_clear(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const AreaTables::Filter& filter : filters) {
        if (filter.label.isEmpty())
            continue;
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("filter_") + filter.name);
        combo->setAccessibleName(filter.label);
        combo->setToolTip(filter.label);
        combo->addItem(filter.anyLabel, QVariant());
        // All as wide, whatever the names of the regions; the list that drops down is as wide as
        // its longest entry.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        m_combos.insert(filter.name, combo);
        layout->addWidget(combo);
        const QString name = filter.name;
        connect(combo, &QComboBox::activated, this, [this, name, combo] {
            updateClearButton();
            emit changed({{name, combo->currentData()}});
        });
    }
    m_clear->setText(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoRaise(true);
    m_clear->hide();
    layout->addWidget(m_clear);
    layout->addStretch(1);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        QVariantHash values;
        for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
            if (it.value()->currentIndex() > 0)
                values.insert(it.key(), QVariant());
        reset();
        emit changed(values);
    });
}

void FilterBar::setChoices(const QString& name, const QList<std::pair<QString, QVariant>>& choices)
{
    QComboBox* combo = m_combos.value(name);
    if (!combo)
        return;
    const QVariant chosen = combo->currentData();
    {
        const QSignalBlocker quiet(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto& [label, value] : choices)
            combo->addItem(label, value);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
        combo->setCurrentIndex(chosen.isValid() ? std::max(0, combo->findData(chosen)) : 0);
    }
    // What was chosen is gone (say its region was removed by an undo): the filter goes too.
    if (chosen.isValid() && combo->currentIndex() == 0) {
        updateClearButton();
        emit changed({{name, QVariant()}});
    }
}

void FilterBar::setValue(const QString& name, const QVariant& value, bool announce)
{
    QComboBox* combo = m_combos.value(name);
    if (!combo)
        return;
    const int index = value.isValid() ? combo->findData(value) : 0;
    if (index < 0 || index == combo->currentIndex())
        return;
    combo->setCurrentIndex(index);
    updateClearButton();
    if (announce)
        emit changed({{name, combo->currentData()}});
}

QVariant FilterBar::value(const QString& name) const
{
    const QComboBox* combo = m_combos.value(name);
    return combo ? combo->currentData() : QVariant();
}

void FilterBar::reset()
{
    for (QComboBox* combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
    updateClearButton();
}

void FilterBar::updateClearButton()
{
    const bool any = std::any_of(m_combos.cbegin(), m_combos.cend(), [](const QComboBox* combo) { return combo->currentIndex() > 0; });
    m_clear->setVisible(any);
}
