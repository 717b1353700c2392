/** A set of radio buttons in a fieldset with a legend; each option may carry a hint. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: RadioOption<T>[];
  onChange(value: T): void;
  testId?: string;
}

export function RadioGroup<T extends string>({ legend, name, value, options, onChange, testId }: RadioGroupProps<T>) {
  return (
    <fieldset class="set-radios" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const hintId = option.hint ? `${name}-${option.value}-hint` : undefined;
        return (
          <div class="set-radio" key={option.value}>
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={option.value === value}
              aria-describedby={hintId}
              onChange={() => onChange(option.value)}
            />
            <label for={`${name}-${option.value}`}>{option.label}</label>
            {option.hint && (
              <p class="set-hint" id={hintId}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
