import { IsUrl, Length } from 'class-validator';

/** Schemes a stored photo, recording or document may use: HTTPS and the bureau's object store (oss://bucket/key). */
export const MEDIA_URI_SCHEMES = ['https', 'oss'] as const;

/** Description text every media-URI input field shares, so the stated limits match the check. */
export const MEDIA_URI_RULE = `an https:// or oss:// URI of 8 to 500 characters`;

/**
 * The one check of a media URI, shared by evidence (enforcement) and report photos (participation):
 * https or the object-store scheme, scheme required, 8–500 characters. `each` for arrays.
 */
export function IsMediaUri(each = false): PropertyDecorator {
  const url = IsUrl({ require_tld: false, require_protocol: true, protocols: [...MEDIA_URI_SCHEMES] }, { each, message: `must be ${MEDIA_URI_RULE}` });
  const length = Length(8, 500, { each });
  return (target, key) => {
    url(target, key);
    length(target, key);
  };
}
