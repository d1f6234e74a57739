//! Vote totals in fixed point with five decimal places, as the Scottish rules count them.

use std::fmt;

/// How many units make one vote: values are kept to five decimal places.
pub const SCALE: i64 = 100_000;

/// A number of votes to five decimal places, held as an integer count of 0.00001 votes so that
/// every sum and every truncation is exact and the same on every machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Fixed(i64);

impl Fixed {
    pub const ZERO: Fixed = Fixed(0);
    pub const ONE: Fixed = Fixed(SCALE);

    /// A whole number of votes.
    pub fn whole(votes: u64) -> Fixed {
        Fixed(i64::try_from(votes).unwrap_or(i64::MAX).saturating_mul(SCALE))
    }

    /// The value in units of 0.00001 votes.
    pub fn units(self) -> i64 {
        self.0
    }

    pub fn from_units(units: i64) -> Fixed {
        Fixed(units)
    }

    /// `self × numerator / denominator`, the remainder ignored (rounded toward zero), computed
    /// without an intermediate rounding: the transfer value of a ballot paper under rule 48(3).
    /// A zero denominator gives zero rather than a panic.
    pub fn mul_div_truncated(self, numerator: Fixed, denominator: Fixed) -> Fixed {
        if denominator.0 == 0 {
            return Fixed::ZERO;
        }
        let exact = i128::from(self.0) * i128::from(numerator.0) / i128::from(denominator.0);
        Fixed(i64::try_from(exact).unwrap_or(if exact < 0 { i64::MIN } else { i64::MAX }))
    }

    /// This value counted `times` times: a ballot line that stands for several identical papers.
    pub fn times(self, times: u64) -> Fixed {
        Fixed(self.0.saturating_mul(i64::try_from(times).unwrap_or(i64::MAX)))
    }
}

impl std::ops::Add for Fixed {
    type Output = Fixed;
    fn add(self, other: Fixed) -> Fixed {
        Fixed(self.0.saturating_add(other.0))
    }
}

impl std::ops::AddAssign for Fixed {
    fn add_assign(&mut self, other: Fixed) {
        *self = *self + other;
    }
}

impl std::ops::Sub for Fixed {
    type Output = Fixed;
    fn sub(self, other: Fixed) -> Fixed {
        Fixed(self.0.saturating_sub(other.0))
    }
}

impl std::ops::SubAssign for Fixed {
    fn sub_assign(&mut self, other: Fixed) {
        *self = *self - other;
    }
}

impl std::iter::Sum for Fixed {
    fn sum<I: Iterator<Item = Fixed>>(iter: I) -> Fixed {
        iter.fold(Fixed::ZERO, |total, value| total + value)
    }
}

/// Always five decimal places, as in `1381.00000`.
impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let scale = SCALE.unsigned_abs();
        write!(f, "{sign}{}.{:05}", magnitude / scale, magnitude % scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_five_places() {
        assert_eq!(Fixed::whole(1381).to_string(), "1381.00000");
        assert_eq!(Fixed::from_units(92798248).to_string(), "927.98248");
        assert_eq!(Fixed::from_units(7).to_string(), "0.00007");
        assert_eq!(Fixed::from_units(-150).to_string(), "-0.00150");
    }

    #[test]
    fn transfer_value_is_truncated_once() {
        // 1 × 251 / 1632 = 0.153799…: kept as 0.15379.
        let value = Fixed::ONE.mul_div_truncated(Fixed::whole(251), Fixed::whole(1632));
        assert_eq!(value, Fixed::from_units(15379));
        // A paper already worth 0.15379, passed on with a surplus of 40.06923 of 1421.06923.
        let again = value.mul_div_truncated(Fixed::from_units(4006923), Fixed::from_units(142106923));
        assert_eq!(again, Fixed::from_units(433));
        assert_eq!(Fixed::ONE.mul_div_truncated(Fixed::ONE, Fixed::ZERO), Fixed::ZERO);
    }
}
