import type { ValidationError } from '@nestjs/common';
import { constraintText } from './validation-messages';

const failed = (property: string, constraint: string, en: string, zh?: string): ValidationError =>
  ({ property, constraints: { [constraint]: en }, contexts: zh ? { [constraint]: { zh } } : undefined, children: [] });

describe('validation messages', () => {
  it.each([
    ['min', 'budget must not be less than 0', 'budget 不能小于 0'],
    ['max', 'first must not be greater than 50', 'first 不能大于 50'],
    ['minLength', 'title must be longer than or equal to 4 characters', 'title 至少 4 个字符'],
    ['arrayMaxSize', 'keywords must contain no more than 20 elements', 'keywords 最多 20 项'],
    ['isEnum', 'type must be one of the following values: TECH_BREAKTHROUGH, JOINT_RD', 'type 应为以下值之一：TECH_BREAKTHROUGH, JOINT_RD'],
    ['isInt', 'first must be an integer number', 'first 应为整数'],
  ])('should say %s in Chinese and keep the English', (constraint, en, zh) => {
    const property = en.split(' ')[0];
    expect(constraintText(failed(property, constraint, en), property, constraint, en)).toEqual({ zh, en });
  });

  it("should use a DTO's own Chinese, and name a nested field in both languages", () => {
    const own = failed('code', 'matches', 'code must be 2–40 letters', 'code（需求编号）应为 2–40 位');
    expect(constraintText(own, 'code', 'matches', 'code must be 2–40 letters')).toEqual({ zh: 'code（需求编号）应为 2–40 位', en: 'code must be 2–40 letters' });
    const nested = failed('name', 'maxLength', 'name must be shorter than or equal to 100 characters');
    expect(constraintText(nested, 'members.0.name', 'maxLength', 'name must be shorter than or equal to 100 characters')).toEqual({
      zh: 'members.0.name 最多 100 个字符',
      en: 'members.0.name: name must be shorter than or equal to 100 characters',
    });
  });
});
