/**
 * The start screen's choice of role for one scenario: the observer always, each protagonist the
 * scenario names, the planner with its target, the appeals officer with the quota and the
 * supervisor's pressure. A lesson that fixes the role leaves only its kind to choose.
 */
import type { LocalizedRoleText } from '../../scenario/localizedText';
import { fixedRole, roleToStart } from '../../store/roleStore';
import type { RoleOffer } from '../../worker/roleMeta';
import type { RoleChoice } from '../../worker/roleProtocol';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import './roles.css';

interface Option {
  value: string;
  choice: RoleChoice;
  title: string;
  text: string;
  detail?: string;
}

/** `texts`: the scenario's role texts in the reader's language. */
export function RolePicker(props: {
  fileName: string;
  offer: RoleOffer;
  texts: LocalizedRoleText;
}) {
  const { stores } = useApp();
  const m = messages.roles.picker;
  const { offer, fileName, texts } = props;
  // Read for re-rendering; roleToStart reads the same stores.
  useStore(stores.role, (s) => s.startChoice);
  const fixed = useStore(stores.teacher, fixedRole);
  const options: Option[] = [
    {
      value: 'observer',
      choice: { kind: 'observer' },
      title: m.observer,
      text: texts.observer(offer.observer) || m.observerText,
    },
    ...offer.protagonists.map((p) => {
      const own = texts.protagonist(p.id);
      return {
        value: `citizen:${p.id}`,
        choice: { kind: 'citizen', protagonist: p.id } as RoleChoice,
        title: m.citizen(own.label(p.label)),
        text: own.description(p.description),
        detail: m.every(p.every),
      };
    }),
    ...(offer.planner
      ? [
          {
            value: 'planner',
            choice: { kind: 'planner' } as RoleChoice,
            title: m.planner,
            text: texts.plannerTarget(offer.planner.target),
            detail: m.plannerDetail,
          },
        ]
      : []),
    ...(offer.appealsOfficer
      ? [
          {
            value: 'appealsOfficer',
            choice: { kind: 'appealsOfficer' } as RoleChoice,
            title: m.officer,
            text: texts.officerPressure(offer.appealsOfficer.pressure),
            detail: m.quota(offer.appealsOfficer.quota),
          },
        ]
      : []),
  ];
  const start = roleToStart(stores.role, stores.teacher, fileName);
  const checked =
    options.find(
      (o) =>
        o.choice.kind === start.kind &&
        (start.kind !== 'citizen' ||
          o.choice.kind !== 'citizen' ||
          start.protagonist === undefined ||
          o.choice.protagonist === start.protagonist),
    )?.value ?? 'observer';
  const choose = (option: Option) =>
    stores.role.setState({ startChoice: { fileName, choice: option.choice } });

  return (
    <fieldset class="role-picker">
      <legend class="small-heading">{m.legend}</legend>
      <p class="muted small" id="role-picker-help">
        {fixed !== null ? m.fixed : options.length > 1 ? m.help : m.onlyObserver}
      </p>
      <div class="role-options">
        {options.map((option) => {
          const disabled = fixed !== null && option.choice.kind !== fixed;
          return (
            <label
              key={option.value}
              class={`role-option${option.value === checked ? ' is-chosen' : ''}${disabled ? ' is-disabled' : ''}`}
            >
              <input
                type="radio"
                name="role"
                value={option.value}
                checked={option.value === checked}
                disabled={disabled}
                aria-describedby="role-picker-help"
                onChange={() => choose(option)}
              />
              <span class="role-option-body">
                <span class="role-option-title">{option.title}</span>
                {option.text && <span class="role-option-text">{option.text}</span>}
                {option.detail && <span class="role-option-detail">{option.detail}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
