import warnings

import torch

torch.manual_seed(0)

print("CUDA available:", torch.cuda.is_available())
for label, make in [
    ("torch.cuda.amp.GradScaler()", lambda: torch.cuda.amp.GradScaler()),  # (1)!
    ("torch.amp.GradScaler()", lambda: torch.amp.GradScaler()),  # (2)!
    ('torch.amp.GradScaler("cpu")', lambda: torch.amp.GradScaler("cpu")),
]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scaler = make()
    print(
        f"{label}: enabled {scaler.is_enabled()}, scale {scaler.get_scale()}, "
        f"scale(loss) of 2.0 -> {scaler.scale(torch.tensor(2.0)).item()}"  # (3)!
    )
    for w in caught:
        print(f"  {w.category.__name__}: {w.message}")
